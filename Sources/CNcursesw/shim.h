#ifndef DOSSIER_CNCURSESW_SHIM_H
#define DOSSIER_CNCURSESW_SHIM_H

#define NCURSES_WIDECHAR 1
#define _XOPEN_SOURCE_EXTENDED 1
#include <locale.h>
#include <langinfo.h>
#include <wchar.h>
#include <stdio.h>
#include <signal.h>
#include <unistd.h>
#include <ncursesw/curses.h>
#include <ncursesw/term.h>

int wcwidth(wchar_t c);

static inline unsigned int dossier_attr_bold(void) { return A_BOLD; }
static inline unsigned int dossier_attr_reverse(void) { return A_REVERSE; }
static inline unsigned int dossier_attr_underline(void) { return A_UNDERLINE; }
static inline unsigned int dossier_attr_dim(void) { return A_DIM; }
static inline unsigned int dossier_color_pair(int n) { return COLOR_PAIR(n); }
static inline int dossier_key_f(int n) { return KEY_F(n); }
static inline FILE *dossier_stdin(void) { return stdin; }
static inline WINDOW *dossier_stdscr(void) { return stdscr; }
static inline FILE *dossier_stdout(void) { return stdout; }

/// Draws one cell: a wide character string (a base character and its combining marks).
static inline int dossier_put_cell(WINDOW *w, int y, int x, const wchar_t *wch, unsigned int attrs, short pair) {
    cchar_t c;
    if (setcchar(&c, wch, (attr_t)attrs, pair, NULL) != OK) return ERR;
    return mvwadd_wch(w, y, x, &c);
}

static inline int dossier_get_wch(WINDOW *w, wint_t *out) { return wget_wch(w, out); }

/// Mouse: report clicks and wheel.
static inline void dossier_enable_mouse(void) {
    mousemask(BUTTON1_CLICKED | BUTTON1_PRESSED | BUTTON4_PRESSED | BUTTON5_PRESSED, NULL);
    mouseinterval(0);
}
static inline int dossier_mouse(int *x, int *y, unsigned long *bstate) {
    MEVENT e;
    if (getmouse(&e) != OK) return ERR;
    *x = e.x; *y = e.y; *bstate = (unsigned long)e.bstate;
    return OK;
}
static inline unsigned long dossier_button1(void) { return BUTTON1_CLICKED | BUTTON1_PRESSED; }
static inline unsigned long dossier_wheel_up(void) { return BUTTON4_PRESSED; }
static inline unsigned long dossier_wheel_down(void) {
#ifdef BUTTON5_PRESSED
    return BUTTON5_PRESSED;
#else
    return 0;
#endif
}

#endif
