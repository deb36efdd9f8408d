// What Linux offers a careful writer that Swift's Glibc module does not show (it is built
// without _GNU_SOURCE, and Swift cannot call the variadic syscall()): exchanging two names in
// one step, and file leases. Functions here, not dlsym: the release build is one static
// executable, where dlsym finds nothing.
#include <fcntl.h>
#include <sys/syscall.h>
#include <unistd.h>

// <linux/fs.h> RENAME_EXCHANGE; <fcntl.h> F_SETLEASE and F_GETLEASE under _GNU_SOURCE.
#define CLINUX_RENAME_EXCHANGE 2
#define CLINUX_F_SETLEASE 1024
#define CLINUX_F_GETLEASE 1025

/// Swaps what `a` and `b` name, atomically; both must exist. -1 with errno (EINVAL or
/// ENOSYS where the file system or the kernel cannot).
static inline int clinux_exchange(const char *a, const char *b) {
    return (int)syscall(SYS_renameat2, AT_FDCWD, a, AT_FDCWD, b, CLINUX_RENAME_EXCHANGE);
}

/// Takes a read lease on `fd` (opened read-only): refused with EAGAIN while any process has
/// the file open for writing; once held, another process opening it for writing or
/// truncating it waits until the lease is given up (or the kernel's lease-break-time ends).
static inline int clinux_read_lease(int fd) { return fcntl(fd, CLINUX_F_SETLEASE, F_RDLCK); }

/// Gives the lease up.
static inline int clinux_release_lease(int fd) { return fcntl(fd, CLINUX_F_SETLEASE, F_UNLCK); }

/// Whether the read lease on `fd` is still whole: no other process has asked to write since.
/// While a break is pending the kernel reports the type it is being broken to, F_UNLCK.
static inline int clinux_lease_is_held(int fd) { return fcntl(fd, CLINUX_F_GETLEASE) == F_RDLCK; }
