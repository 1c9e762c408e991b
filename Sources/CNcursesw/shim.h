// Wide-character ncurses for Swift (design.md §2).
// SwiftPM drops pkg-config's -D_XOPEN_SOURCE, so the wide API (get_wch, add_wch, cchar_t)
// must be switched on here, before the include.
#ifndef SEIKYU_CNCURSESW_SHIM_H
#define SEIKYU_CNCURSESW_SHIM_H

#ifndef _XOPEN_SOURCE_EXTENDED
#define _XOPEN_SOURCE_EXTENDED 1
#endif
#ifndef NCURSES_WIDECHAR
#define NCURSES_WIDECHAR 1
#endif

#include <locale.h>
#include <stdio.h>
#include <wchar.h>
#include <ncursesw/curses.h>
#include <ncursesw/term.h>

// Macros and globals that Swift does not import, as functions.
static inline attr_t seikyu_attr_bold(void) { return A_BOLD; }
static inline attr_t seikyu_attr_reverse(void) { return A_REVERSE; }
static inline attr_t seikyu_attr_underline(void) { return A_UNDERLINE; }
static inline attr_t seikyu_attr_normal(void) { return A_NORMAL; }
static inline attr_t seikyu_color_pair(short n) { return COLOR_PAIR(n); }
static inline int seikyu_key_f(int n) { return KEY_F(n); }
static inline WINDOW *seikyu_stdscr(void) { return stdscr; }
static inline int seikyu_lines(void) { return LINES; }
static inline int seikyu_cols(void) { return COLS; }
static inline void seikyu_set_escdelay(int ms) { set_escdelay(ms); }
static inline int seikyu_key_code_yes(void) { return KEY_CODE_YES; }

#endif
