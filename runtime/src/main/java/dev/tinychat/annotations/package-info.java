/**
 * The vocabulary of definitions: {@link dev.tinychat.annotations.RestApi} interfaces of REST
 * methods, {@link dev.tinychat.annotations.Resource} types, and the
 * {@link dev.tinychat.annotations.Combination}s of fields each method accepts. The tinychat
 * processor reads them at compile time; none is read at run time.
 *
 * <p>All keep the default {@code CLASS} retention, stated nowhere to save jar bytes: they are in
 * class files, so definitions compiled earlier are read in later compilations, and absent from
 * reflection at run time.
 */
package dev.tinychat.annotations;
