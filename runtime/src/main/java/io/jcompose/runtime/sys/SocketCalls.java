package io.jcompose.runtime.sys;

import com.sun.jna.LastErrorException;
import com.sun.jna.Library;
import com.sun.jna.NativeLong;

/** The libc calls of {@link SeqPacketSocket} and {@link Fifos}; each throws LastErrorException carrying errno. */
interface SocketCalls extends Library {

    int AF_UNIX = 1;
    int SOCK_SEQPACKET = 5;
    int SOCK_CLOEXEC = 0x80000;
    int O_WRONLY = 1;
    int O_NONBLOCK = 0x800;
    int O_DIRECTORY = 0x10000;
    int O_CLOEXEC = 0x80000;
    int O_PATH = 0x200000;
    int MSG_DONTWAIT = 0x40;
    int MSG_NOSIGNAL = 0x4000;
    int SHUT_RD = 0;
    int SHUT_WR = 1;
    short POLLIN = 1;
    short POLLOUT = 4;
    int ENOENT = 2;
    int EINTR = 4;
    int ENXIO = 6;
    int EAGAIN = 11;
    int ECONNREFUSED = 111;
    long FIONREAD = 0x541B;
    /** {@code sizeof(struct sockaddr_un)}: a two-byte family and a 108-byte path. */
    int SOCKADDR_UN = 110;

    int socket(int domain, int type, int protocol) throws LastErrorException;

    int socketpair(int domain, int type, int protocol, int[] pair) throws LastErrorException;

    int connect(int fd, byte[] address, int length) throws LastErrorException;

    int open(String path, int flags) throws LastErrorException;

    NativeLong send(int fd, byte[] buffer, NativeLong length, int flags) throws LastErrorException;

    NativeLong recv(int fd, byte[] buffer, NativeLong length, int flags) throws LastErrorException;

    NativeLong write(int fd, byte[] buffer, NativeLong count) throws LastErrorException;

    int poll(byte[] fds, NativeLong count, int timeoutMillis) throws LastErrorException;

    int ioctl(int fd, NativeLong request, int[] value) throws LastErrorException;

    int shutdown(int fd, int how) throws LastErrorException;

    int close(int fd) throws LastErrorException;

    String strerror(int errno);

    /** Loaded on first use, so that classes naming these calls load without libc. */
    final class Holder {
        static final SocketCalls C = com.sun.jna.Native.load("c", SocketCalls.class);

        private Holder() {
        }
    }
}
