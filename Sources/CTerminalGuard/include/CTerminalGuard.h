// Signal-safe terminal restoration, kept in C because only async-signal-safe calls
// (tcsetattr, write, sigaction, raise) may run inside a signal handler.
#ifndef SEIKYU_TERMINAL_GUARD_H
#define SEIKYU_TERMINAL_GUARD_H

/// Remembers the terminal's current settings — call it before curses changes them — and
/// installs handlers: every signal that ends a process (SIGINT/SIGTERM/SIGHUP, SIGUSR1/2,
/// SIGALRM, SIGPIPE, …) sets a flag the main loop reads; crash signals (SIGSEGV … SIGXCPU)
/// restore the terminal and then die with the original signal.
void seikyu_guard_install(int fd);

/// The bytes that put the screen back (leave the alternate screen, show the cursor),
/// written by the crash handler and on restore.
void seikyu_guard_set_reset_bytes(const char *reset_bytes);

/// The termination signal received so far (0 when none).
int seikyu_guard_pending_signal(void);

/// Restores the remembered terminal settings (safe to call more than once).
void seikyu_guard_restore(void);

/// Issue 16: no core file and no ptrace of this process while a password may be in memory
/// (RLIMIT_CORE 0, PR_SET_DUMPABLE 0). Returns 0, or -1 when either could not be set.
int seikyu_forbid_core_dumps(void);

/// Issue 19: one malloc arena for every thread (M_ARENA_MAX 1). The start decodes the flows on a
/// second thread, whose own arena kept its freed memory apart from the main thread's.
void seikyu_use_one_malloc_arena(void);

#endif
