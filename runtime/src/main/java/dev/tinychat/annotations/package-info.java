/**
 * The vocabulary of definitions: {@link dev.tinychat.annotations.RestApi} interfaces of REST
 * methods, {@link dev.tinychat.annotations.Resource} types, and the
 * {@link dev.tinychat.annotations.Combination}s of fields each method accepts. The tinychat
 * processor reads them at compile time; none is read at run time.
 */
package dev.tinychat.annotations;
