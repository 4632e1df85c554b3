/**
 * The exceptions a {@link io.github.sentryclient.SentryClient} call throws, all unchecked and all subclasses of
 * {@link io.github.sentryclient.error.SentryClientException}, one per kind of failure.
 */
package io.github.sentryclient.error;
