package io.github.sentryclient.internal.http;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import java.lang.annotation.Annotation;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import okhttp3.ResponseBody;
import retrofit2.Call;
import retrofit2.CallAdapter;
import retrofit2.Retrofit;

/**
 * Lets {@link io.github.sentryclient.internal.api.SentryApi} return {@link SentryCall}s: Retrofit hands over the
 * raw body, and the call reads it with the client's JSON mapping once it knows the status.
 */
final class SentryCallAdapterFactory extends CallAdapter.Factory {

    private final ObjectMapper mapper;
    private final ErrorMapping errors;
    private final SentryCall.Pacing pacing;

    SentryCallAdapterFactory(ObjectMapper mapper, ErrorMapping errors, SentryCall.Pacing pacing) {
        this.mapper = mapper;
        this.errors = errors;
        this.pacing = pacing;
    }

    @Override
    public CallAdapter<?, ?> get(Type returnType, Annotation[] annotations, Retrofit retrofit) {
        if (getRawType(returnType) != SentryCall.class) {
            return null;
        }
        if (!(returnType instanceof ParameterizedType parameterized)) {
            throw new IllegalArgumentException("SentryCall must name its body type, such as SentryCall<Issue>");
        }
        Type bodyType = getParameterUpperBound(0, parameterized);
        ObjectReader reader = bodyType == Void.class ? null : mapper.readerFor(mapper.constructType(bodyType));
        String route = Routes.of(annotations, returnType.getTypeName());
        return new CallAdapter<ResponseBody, SentryCall<?>>() {
            @Override
            public Type responseType() {
                return ResponseBody.class;
            }

            @Override
            public SentryCall<?> adapt(Call<ResponseBody> call) {
                return new SentryCall<>(call, route, reader, errors, pacing);
            }
        };
    }
}
