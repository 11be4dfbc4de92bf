package io.jcompose.runtime.sys;

import com.sun.jna.LastErrorException;
import com.sun.jna.Library;
import com.sun.jna.NativeLong;

/** The libc functions {@link LinuxNative} binds; each throws LastErrorException carrying errno on failure. */
interface LibC extends Library {

    int AT_FDCWD = -100;
    int AT_SYMLINK_NOFOLLOW = 0x100;
    int ENODATA = 61;

    int mknod(String path, int mode, long dev) throws LastErrorException;

    int lsetxattr(String path, String name, byte[] value, NativeLong size, int flags) throws LastErrorException;

    NativeLong lgetxattr(String path, String name, byte[] value, NativeLong size) throws LastErrorException;

    int chmod(String path, int mode) throws LastErrorException;

    int lchown(String path, int uid, int gid) throws LastErrorException;

    /** {@code times} is two {@code struct timespec} (seconds, nanoseconds), access then modification. */
    int utimensat(int dirfd, String path, long[] times, int flags) throws LastErrorException;

    int mount(String source, String target, String type, NativeLong flags, String data) throws LastErrorException;

    int umount2(String target, int flags) throws LastErrorException;

    String strerror(int errno);
}
