/**
 * Guice integration: {@link io.github.sentryclient.guice.SentryClientModule} binds the client for injection. Used
 * only by applications that have Guice 7 on their class path; nothing else in the library refers to it.
 */
package io.github.sentryclient.guice;
