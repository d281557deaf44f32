/*
 * Input walking. Placeholder: reads files, directories and stdin as plain
 * text; the format readers (JSON Lines, HTML, WARC, compression) land with
 * ingest.
 */
#include <dirent.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "parallax/article.h"

struct walk {
	const struct px_reader_opts *opts;
	px_article_cb on_article;
	px_problem_cb on_problem;
	void *ud;
	size_t *rejected;
	size_t order;
	int stop;
};

static px_status
slurp(FILE *f, size_t max, struct px_buf *b)
{
	char chunk[65536];
	size_t n = 0;

	px_buf_init(b, max);
	while ((n = fread(chunk, 1, sizeof chunk, f)) > 0) {
		if (px_buf_append(b, chunk, n))
			return b->failed;
	}
	return ferror(f) ? PX_EIO : PX_OK;
}

static void
read_one(struct walk *w, const char *path, const char *id, FILE *f)
{
	struct px_buf b = PX_BUF_INIT;
	struct px_article *a = NULL;
	size_t max = w->opts && w->opts->max_record ? w->opts->max_record
						   : (size_t)256 << 20;
	unsigned flags = w->opts ? w->opts->clean_flags : PX_CLEAN_ALL;
	px_status st = slurp(f, max, &b);

	if (st == PX_OK && b.len == 0)
		st = PX_EEMPTY;
	if (st == PX_OK)
		st = px_article_from_text(id, b.data, b.len, NULL, flags, &a);
	px_buf_release(&b);
	if (st) {
		w->on_problem(w->ud, path, 0, px_strerror(st));
		(*w->rejected)++;
		return;
	}
	a->path = px_strdup(path);
	a->order = w->order++;
	if (w->on_article(w->ud, a))
		w->stop = 1;
}

static int
cmp_str(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

static void
walk_dir(struct walk *w, const char *root, const char *rel)
{
	char *dirpath = NULL;
	DIR *d = NULL;
	struct dirent *e = NULL;
	char **names = NULL;
	size_t n = 0, cap = 0, i = 0;
	struct px_buf p = PX_BUF_INIT;

	px_buf_printf(&p, "%s%s%s", root, *rel ? "/" : "", rel);
	dirpath = px_buf_detach(&p, NULL);
	d = dirpath ? opendir(dirpath) : NULL;
	if (d == NULL) {
		w->on_problem(w->ud, dirpath ? dirpath : root, 0, strerror(errno));
		(*w->rejected)++;
		px_free(dirpath);
		return;
	}
	while ((e = readdir(d)) != NULL) {
		if (e->d_name[0] == '.')
			continue;
		if (px_grow((void **)&names, &cap, n + 1, sizeof(*names)))
			break;
		names[n] = px_strdup(e->d_name);
		if (names[n])
			n++;
	}
	closedir(d);
	qsort(names, n, sizeof(*names), cmp_str);
	for (i = 0; i < n && !w->stop; i++) {
		struct px_buf r = PX_BUF_INIT, full = PX_BUF_INIT;
		struct stat sb;
		px_buf_printf(&r, "%s%s%s", rel, *rel ? "/" : "", names[i]);
		px_buf_printf(&full, "%s/%s", dirpath, names[i]);
		if (r.failed == PX_OK && full.failed == PX_OK &&
		    stat(full.data, &sb) == 0) {
			if (S_ISDIR(sb.st_mode)) {
				walk_dir(w, root, r.data);
			} else if (S_ISREG(sb.st_mode)) {
				FILE *f = fopen(full.data, "rb");
				if (f == NULL) {
					w->on_problem(w->ud, full.data, 0, strerror(errno));
					(*w->rejected)++;
				} else {
					read_one(w, full.data, r.data, f);
					fclose(f);
				}
			}
		}
		px_buf_release(&r);
		px_buf_release(&full);
	}
	for (i = 0; i < n; i++)
		px_free(names[i]);
	px_free(names);
	px_free(dirpath);
}

px_status
px_read_input(const char *input, const struct px_reader_opts *opts,
	      px_article_cb on_article, px_problem_cb on_problem, void *ud,
	      size_t *rejected)
{
	struct walk w;
	struct stat sb;

	memset(&w, 0, sizeof(w));
	w.opts = opts;
	w.on_article = on_article;
	w.on_problem = on_problem;
	w.ud = ud;
	w.rejected = rejected;
	if (strcmp(input, "-") == 0) {
		read_one(&w, "-", "stdin", stdin);
	} else if (stat(input, &sb) != 0) {
		on_problem(ud, input, 0, strerror(errno));
		(*rejected)++;
		return PX_EIO;
	} else if (S_ISDIR(sb.st_mode)) {
		walk_dir(&w, input, "");
	} else {
		FILE *f = fopen(input, "rb");
		const char *base = strrchr(input, '/');
		if (f == NULL) {
			on_problem(ud, input, 0, strerror(errno));
			(*rejected)++;
			return PX_EIO;
		}
		read_one(&w, input, base ? base + 1 : input, f);
		fclose(f);
	}
	return w.stop ? PX_ESTOP : PX_OK;
}
