package io.github.sentryclient.readme.spring;

import io.github.sentryclient.spring.SentryClientCustomizer;
import okhttp3.OkHttpClient;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

// README: Using with Spring Boot
@Configuration
public class SentryHttpConfiguration {

    @Bean
    SentryClientCustomizer sentryHttp(OkHttpClient okHttpClient) {
        return builder -> builder.okHttpClient(okHttpClient).userAgent("checkout/1.4");
    }
}
