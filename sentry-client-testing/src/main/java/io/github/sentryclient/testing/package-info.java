/**
 * An embedded, in-memory fake of Sentry's web API for tests and demos: {@link
 * io.github.sentryclient.testing.FakeSentry} and its JUnit 5 extension {@link
 * io.github.sentryclient.testing.FakeSentryExtension}.
 *
 * <p>The fake runs on the JDK's own HTTP server and adds no runtime dependency; the extension needs
 * {@code junit-jupiter-api}, which only tests have.
 */
package io.github.sentryclient.testing;
