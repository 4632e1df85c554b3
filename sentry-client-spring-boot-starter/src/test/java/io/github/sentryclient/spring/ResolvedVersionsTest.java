package io.github.sentryclient.spring;

import static org.assertj.core.api.Assertions.assertThat;

import kotlin.KotlinVersion;
import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringBootVersion;

/**
 * Which versions of the libraries that Spring Boot manages this run has: the build states what it expects, so
 * that a run meant to use Spring Boot's dependency management cannot silently use the client's own versions.
 */
class ResolvedVersionsTest {

    @Test
    void theClassPathHasTheExpectedVersions() {
        assertThat(SpringBootVersion.getVersion()).isEqualTo(System.getProperty("expected.spring-boot.version"));
        assertThat(KotlinVersion.CURRENT.toString()).isEqualTo(System.getProperty("expected.kotlin.version"));
        assertThat(com.fasterxml.jackson.databind.cfg.PackageVersion.VERSION.toString())
                .isEqualTo(System.getProperty("expected.jackson.version"));
    }
}
