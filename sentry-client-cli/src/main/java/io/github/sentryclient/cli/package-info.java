/**
 * The command line: {@link io.github.sentryclient.cli.SentryCli} triages issues from a shell and runs the built-in
 * demo. Needs picocli on the class path; the library itself never refers to this package.
 */
package io.github.sentryclient.cli;
