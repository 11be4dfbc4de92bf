/**
 * Linux system calls the JDK lacks, behind {@link io.jcompose.runtime.sys.Native} (JNA on glibc) with an in-memory
 * {@link io.jcompose.runtime.sys.FakeNative} for tests that run without root.
 */
package io.jcompose.runtime.sys;
