/**
 * How requests are sent: OkHttp and Retrofit wiring, the shared JSON mapping, authentication headers, error
 * mapping and HTTP logging. Internal to the client; the public types here are not a supported API.
 */
package io.github.sentryclient.http;
