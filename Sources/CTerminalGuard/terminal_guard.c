#include "CTerminalGuard.h"

#include <malloc.h>
#include <signal.h>
#include <sys/prctl.h>
#include <sys/resource.h>
#include <string.h>
#include <termios.h>
#include <unistd.h>

static struct termios saved_termios;
static int saved_fd = -1;
static int have_termios = 0;
static char reset_buffer[256];
static size_t reset_length = 0;
static volatile sig_atomic_t pending_signal = 0;

static void restore_now(void) {
    if (saved_fd >= 0 && have_termios) {
        tcsetattr(saved_fd, TCSAFLUSH, &saved_termios);
    }
    if (saved_fd >= 0 && reset_length > 0) {
        ssize_t ignored = write(saved_fd, reset_buffer, reset_length);
        (void)ignored;
    }
}

static void on_termination(int signo) {
    pending_signal = signo;
}

static void on_crash(int signo) {
    restore_now();
    signal(signo, SIG_DFL);
    raise(signo);
}

void seikyu_guard_set_reset_bytes(const char *reset_bytes) {
    size_t n = reset_bytes == NULL ? 0 : strlen(reset_bytes);
    if (n >= sizeof(reset_buffer)) n = sizeof(reset_buffer) - 1;
    reset_length = 0; /* a handler running meanwhile writes nothing half-copied */
    if (n > 0) memcpy(reset_buffer, reset_bytes, n);
    reset_buffer[n] = '\0';
    reset_length = n;
}

void seikyu_guard_install(int fd) {
    saved_fd = fd;
    have_termios = (tcgetattr(fd, &saved_termios) == 0);

    struct sigaction term;
    memset(&term, 0, sizeof term);
    term.sa_handler = on_termination;
    sigemptyset(&term.sa_mask);
    term.sa_flags = 0; // no SA_RESTART: a blocking read returns so the loop can exit
    /* Every signal whose default is to end the process (issue 16: SIGUSR1, SIGALRM and SIGPIPE
       left the terminal raw): the loop notices the flag, restores, exits with 128+n. */
    int termination_signals[] = { SIGINT, SIGTERM, SIGHUP, SIGUSR1, SIGUSR2, SIGALRM, SIGPIPE, SIGVTALRM, SIGPROF,
#ifdef SIGPOLL
                                  SIGPOLL,
#endif
#ifdef SIGPWR
                                  SIGPWR,
#endif
#ifdef SIGSTKFLT
                                  SIGSTKFLT,
#endif
    };
    for (size_t i = 0; i < sizeof termination_signals / sizeof termination_signals[0]; i++) {
        sigaction(termination_signals[i], &term, NULL);
    }

    struct sigaction crash;
    memset(&crash, 0, sizeof crash);
    crash.sa_handler = on_crash;
    sigemptyset(&crash.sa_mask);
    crash.sa_flags = SA_RESETHAND;
    /* Those that end it with a core: restore now, then die of the same signal. */
    int crash_signals[] = { SIGSEGV, SIGBUS, SIGILL, SIGFPE, SIGABRT, SIGTRAP, SIGQUIT, SIGXCPU, SIGXFSZ, SIGSYS };
    for (size_t i = 0; i < sizeof crash_signals / sizeof crash_signals[0]; i++) {
        sigaction(crash_signals[i], &crash, NULL);
    }

    /* A parent may hand us a blocked signal mask (it survives exec): unblock what we rely on,
       including SIGWINCH, which ncurses needs to notice a resize. */
    sigset_t needed;
    sigemptyset(&needed);
    for (size_t i = 0; i < sizeof termination_signals / sizeof termination_signals[0]; i++) {
        sigaddset(&needed, termination_signals[i]);
    }
    sigaddset(&needed, SIGWINCH);
    for (size_t i = 0; i < sizeof crash_signals / sizeof crash_signals[0]; i++) {
        sigaddset(&needed, crash_signals[i]);
    }
    sigprocmask(SIG_UNBLOCK, &needed, NULL);
}

int seikyu_guard_pending_signal(void) {
    return (int)pending_signal;
}

void seikyu_guard_restore(void) {
    restore_now();
}

int seikyu_forbid_core_dumps(void) {
    struct rlimit none = { 0, 0 };
    int failed = setrlimit(RLIMIT_CORE, &none) != 0;
    failed |= prctl(PR_SET_DUMPABLE, 0, 0, 0, 0) != 0;
    return failed ? -1 : 0;
}

void seikyu_use_one_malloc_arena(void) {
    mallopt(M_ARENA_MAX, 1);
}
