// Signal-safe terminal restoration, kept in C because only async-signal-safe calls
// (tcsetattr, write, sigaction, raise) may run inside a signal handler.
#ifndef SEIKYU_TERMINAL_GUARD_H
#define SEIKYU_TERMINAL_GUARD_H

/// Remembers the terminal's current settings — call it before curses changes them — and
/// installs handlers: SIGINT/SIGTERM/SIGHUP set a flag the main loop reads; crash signals
/// restore the terminal and then die with the original signal.
void seikyu_guard_install(int fd);

/// The bytes that put the screen back (leave the alternate screen, show the cursor),
/// written by the crash handler and on restore.
void seikyu_guard_set_reset_bytes(const char *reset_bytes);

/// The termination signal received so far (0 when none).
int seikyu_guard_pending_signal(void);

/// Restores the remembered terminal settings (safe to call more than once).
void seikyu_guard_restore(void);

#endif
