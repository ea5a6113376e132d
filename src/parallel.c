/* parallel.c - see parallel.h. One mutex guards the queue and the turn;
 * extraction itself runs outside it. */
#include "parallel.h"

#include <pthread.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

/* Jobs queued per worker: enough to keep workers busy while the reader
 * decodes the next file, few enough to bound memory. */
#define QUEUE_PER_WORKER 2

/* JSON lines records are often a sentence each: handing them over one by
 * one, the turn (a wake-up of the next worker) cost about what their
 * extraction did, and two workers ran little faster than one. So records
 * travel in batches of up to this much text or this many records. */
#define BATCH_TEXT (64 * 1024)
#define BATCH_RECORDS 256

/* One document as read, copied for a worker. */
typedef struct record {
    char *source, *text, *id, *title, *date, *url;
    size_t length, line;
    cnkg_article *article; /* instead: an article of a page read in pieces */
} record;

/* What a worker takes at once: a page, or a batch of JSON lines records.
 * Its articles go out together, in the job's turn. */
typedef struct job {
    size_t seq;
    record *recs;
    size_t n, cap, text;
} job;

typedef struct pool {
    const parallel_opts *o;
    pthread_mutex_t lock;
    pthread_cond_t work, space, turn;
    job *queue; /* ring */
    size_t cap, head, count;
    size_t next_turn;      /* the job whose articles go out next */
    size_t docs, articles; /* written so far */
    int eof, stop;
} pool;

typedef struct worker {
    pool *p;
    cnkg_extractor *x;
    void *state; /* the caller's, from state_new */
    pthread_t thread;
    const job *current;
    int has_turn;
} worker;

unsigned parallel_jobs(unsigned jobs)
{
    if (jobs)
        return jobs;
    long n = sysconf(_SC_NPROCESSORS_ONLN);
    return n > 0 ? (unsigned)n : 1;
}

static char *dup_or_null(const char *s)
{
    return s ? cnkg_xstrdup(s) : NULL;
}

static void job_add(job *j, const cnkg_document *d)
{
    if (j->n == j->cap) {
        j->cap = j->cap ? 2 * j->cap : 8;
        j->recs = cnkg_xrealloc(j->recs, j->cap * sizeof *j->recs);
    }
    record *r = &j->recs[j->n++];
    memset(r, 0, sizeof *r);
    r->source = dup_or_null(d->source);
    r->text = cnkg_xmalloc(d->length + 1);
    memcpy(r->text, d->text, d->length);
    r->text[d->length] = '\0';
    r->length = d->length;
    r->line = d->line;
    r->id = dup_or_null(d->id);
    r->title = dup_or_null(d->title);
    r->date = dup_or_null(d->date);
    r->url = dup_or_null(d->url);
    j->text += d->length;
}

static void job_clear(job *j)
{
    for (size_t i = 0; i < j->n; i++) {
        record *r = &j->recs[i];
        free(r->source);
        free(r->text);
        free(r->id);
        free(r->title);
        free(r->date);
        free(r->url);
        cnkg_article_free(r->article);
    }
    free(j->recs);
    memset(j, 0, sizeof *j);
}

/* Blocks until the worker's job is next to write; 0, or -1 when the run
 * was stopped meanwhile. */
static int take_turn(worker *w)
{
    if (w->has_turn)
        return 0;
    pool *p = w->p;
    pthread_mutex_lock(&p->lock);
    while (p->next_turn != w->current->seq && !p->stop)
        pthread_cond_wait(&p->turn, &p->lock);
    int stopped = p->stop;
    pthread_mutex_unlock(&p->lock);
    w->has_turn = !stopped;
    return stopped ? -1 : 0;
}

/* Stops the run when rc says a call failed; counts an article written
 * when written is set. Returns rc. */
static int article_done(worker *w, int rc, int written)
{
    pthread_mutex_lock(&w->p->lock);
    w->p->articles += rc == 0 && written;
    if (rc != 0) {
        w->p->stop = 1;
        pthread_cond_broadcast(&w->p->turn);
        pthread_cond_broadcast(&w->p->space);
    }
    pthread_mutex_unlock(&w->p->lock);
    return rc;
}

/* A page's article, as the extractor hands it over: prepared, then
 * written in the page's turn (held from the first article on). */
static int deliver(const cnkg_article *a, void *ctx)
{
    worker *w = ctx;
    const parallel_opts *o = w->p->o;
    int rc = o->prepare ? o->prepare(a, w->state, 0, o->ctx) : 0;
    if (rc == 0) {
        if (take_turn(w) != 0)
            return -1;
        rc = o->on_article(a, w->state, 0, o->ctx);
    }
    return article_done(w, rc, 1);
}

static void copy_field(char **field, const char *value)
{
    if (value)
        cnkg_article_set(field, value);
}

static cnkg_article *record_article(worker *w, const record *r)
{
    /* A JSON line is named by its line, in messages. */
    cnkg_buf source = {0};
    cnkg_buf_printf(&source, "%s:%zu", r->source, r->line);
    cnkg_article *a = cnkg_extractor_article(w->x, r->text, r->length, source.data);
    cnkg_buf_free(&source);
    a->position = r->line;
    copy_field(&a->id, r->id);
    copy_field(&a->title, r->title);
    copy_field(&a->date, r->date);
    copy_field(&a->url, r->url);
    return a;
}

/* A batch of records: every article extracted and prepared first, then
 * all written in one turn. */
static void run_records(worker *w, const job *j)
{
    const parallel_opts *o = w->p->o;
    cnkg_article **as = cnkg_xcalloc(j->n, sizeof *as);
    int rc = 0;
    for (size_t i = 0; i < j->n; i++) {
        as[i] = record_article(w, &j->recs[i]);
        if (rc == 0 && o->prepare)
            rc = article_done(w, o->prepare(as[i], w->state, i, o->ctx), 0);
    }
    if (rc == 0 && take_turn(w) == 0)
        for (size_t i = 0; i < j->n && rc == 0; i++)
            rc = article_done(w, o->on_article(as[i], w->state, i, o->ctx), 1);
    for (size_t i = 0; i < j->n; i++)
        cnkg_article_free(as[i]);
    free(as);
}

static void run_job(worker *w, const job *j)
{
    w->current = j;
    w->has_turn = 0;
    if (j->n == 1 && j->recs[0].article) {
        cnkg_extractor_fill(w->x, j->recs[0].article);
        deliver(j->recs[0].article, w);
    } else if (j->n == 1 && j->recs[0].line == 0)
        cnkg_extractor_page(w->x, j->recs[0].text, j->recs[0].length, j->recs[0].source, deliver,
                            w);
    else
        run_records(w, j);
    /* A job without articles still takes its turn, to pass it on. */
    if (take_turn(w) != 0)
        return;
    pthread_mutex_lock(&w->p->lock);
    w->p->next_turn++;
    w->p->docs += j->n;
    pthread_cond_broadcast(&w->p->turn);
    pthread_mutex_unlock(&w->p->lock);
}

static void *worker_main(void *arg)
{
    worker *w = arg;
    pool *p = w->p;
    pthread_mutex_lock(&p->lock);
    for (;;) {
        while (!p->count && !p->eof && !p->stop)
            pthread_cond_wait(&p->work, &p->lock);
        if (p->stop || !p->count)
            break;
        job j = p->queue[p->head];
        p->head = (p->head + 1) % p->cap;
        p->count--;
        pthread_cond_signal(&p->space);
        pthread_mutex_unlock(&p->lock);
        run_job(w, &j);
        job_clear(&j);
        pthread_mutex_lock(&p->lock);
    }
    pthread_mutex_unlock(&p->lock);
    return NULL;
}

static double now(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + ts.tv_nsec / 1e9;
}

static void report(pool *p, int final)
{
    if (!p->o->on_progress)
        return;
    pthread_mutex_lock(&p->lock);
    size_t docs = p->docs, articles = p->articles;
    pthread_mutex_unlock(&p->lock);
    p->o->on_progress(docs, articles, final, p->o->ctx);
}

/* Queues the job, waiting for room, and leaves *j empty; -1 when the
 * run stopped (then *j is freed). */
static int enqueue(pool *p, job *j, size_t *seq, double *last)
{
    pthread_mutex_lock(&p->lock);
    while (p->count == p->cap && !p->stop) {
        /* Wake up now and then to report progress while workers run. */
        struct timespec until;
        clock_gettime(CLOCK_REALTIME, &until);
        until.tv_nsec += 250000000L;
        if (until.tv_nsec >= 1000000000L)
            until.tv_sec++, until.tv_nsec -= 1000000000L;
        pthread_cond_timedwait(&p->space, &p->lock, &until);
        if (now() - *last > 0.5) {
            pthread_mutex_unlock(&p->lock);
            report(p, 0);
            *last = now();
            pthread_mutex_lock(&p->lock);
        }
    }
    int stopped = p->stop;
    if (!stopped) {
        j->seq = (*seq)++;
        p->queue[(p->head + p->count) % p->cap] = *j;
        memset(j, 0, sizeof *j);
        p->count++;
        pthread_cond_signal(&p->work);
    }
    pthread_mutex_unlock(&p->lock);
    if (stopped)
        job_clear(j);
    return stopped ? -1 : 0;
}

/* Whether the batch being filled should go: a page goes alone, records
 * go when the batch is full. */
static int batch_full(const job *j)
{
    return j->text >= BATCH_TEXT || j->n >= BATCH_RECORDS;
}

/* The reading thread's side of a page read in pieces. */
typedef struct piece_feed {
    pool *p;
    size_t *seq;
    double *last;
    cnkg_error *err;
} piece_feed;

/* An article of the page: a job of its own, in page order. */
static int piece_article(cnkg_article *a, void *ctx)
{
    piece_feed *f = ctx;
    job j = {0};
    j.recs = cnkg_xcalloc(1, sizeof *j.recs);
    j.n = j.cap = 1;
    j.recs[0].article = a;
    return enqueue(f->p, &j, f->seq, f->last) != 0 ? cnkg_error_set(f->err, "extraction stopped")
                                                   : 0;
}

static int piece_refused(const cnkg_error *why, void *ctx)
{
    piece_feed *f = ctx;
    if (!f->p->o->keep_going) {
        *f->err = *why;
        return -1;
    }
    if (f->p->o->on_skip)
        f->p->o->on_skip(why, f->p->o->ctx);
    return 0;
}

static int feed_piece(pool *p, const cnkg_document *doc, size_t *seq, double *last, cnkg_error *err)
{
    piece_feed f = {p, seq, last, err};
    return cnkg_page_reader_feed(p->o->reader, doc->source, doc->text, doc->length, !doc->more,
                                 piece_article, piece_refused, &f);
}

/* The calling thread's part: read, batch, queue, report. */
static int feed(pool *p, cnkg_input *in, cnkg_error *err)
{
    cnkg_document doc;
    job batch = {0};
    size_t seq = 0;
    double last = now();
    int rc;
    while ((rc = cnkg_input_next(in, &doc, err)) != 0) {
        if (rc < 0) {
            cnkg_page_reader_reset(p->o->reader); /* a page file failing in a piece ends there */
            if (!p->o->keep_going) {
                job_clear(&batch);
                return -1;
            }
            if (p->o->on_skip)
                p->o->on_skip(err, p->o->ctx);
            continue;
        }
        if (doc.piece) {
            if ((batch.n && enqueue(p, &batch, &seq, &last) != 0) ||
                feed_piece(p, &doc, &seq, &last, err) != 0) {
                job_clear(&batch);
                return -1;
            }
            continue;
        }
        int page = doc.line == 0;
        if (page && batch.n && enqueue(p, &batch, &seq, &last) != 0)
            return cnkg_error_set(err, "extraction stopped");
        job_add(&batch, &doc);
        if ((page || batch_full(&batch)) && enqueue(p, &batch, &seq, &last) != 0)
            return cnkg_error_set(err, "extraction stopped");
        if (now() - last > 0.5) {
            report(p, 0);
            last = now();
        }
    }
    if (batch.n && enqueue(p, &batch, &seq, &last) != 0)
        return cnkg_error_set(err, "extraction stopped");
    return 0;
}

static void stop_all(pool *p, int failed)
{
    pthread_mutex_lock(&p->lock);
    p->eof = 1;
    if (failed)
        p->stop = 1;
    pthread_cond_broadcast(&p->work);
    pthread_cond_broadcast(&p->turn);
    pthread_mutex_unlock(&p->lock);
}

static void pool_init(pool *p, const parallel_opts *o, unsigned n)
{
    memset(p, 0, sizeof *p);
    p->o = o;
    pthread_mutex_init(&p->lock, NULL);
    pthread_cond_init(&p->work, NULL);
    pthread_cond_init(&p->space, NULL);
    pthread_cond_init(&p->turn, NULL);
    p->cap = (size_t)n * QUEUE_PER_WORKER;
    p->queue = cnkg_xcalloc(p->cap, sizeof *p->queue);
}

static void pool_free(pool *p)
{
    for (size_t i = 0; i < p->count; i++) /* left by a stopped run */
        job_clear(&p->queue[(p->head + i) % p->cap]);
    free(p->queue);
    pthread_mutex_destroy(&p->lock);
    pthread_cond_destroy(&p->work);
    pthread_cond_destroy(&p->space);
    pthread_cond_destroy(&p->turn);
}

static void workers_free(worker *ws, unsigned n, const parallel_opts *o)
{
    for (unsigned i = 0; i < n; i++) {
        cnkg_extractor_free(ws[i].x);
        if (o->state_free && ws[i].state)
            o->state_free(ws[i].state);
    }
    free(ws);
}

int parallel_extract(const parallel_opts *o, cnkg_input *in, cnkg_error *err)
{
    unsigned n = parallel_jobs(o->jobs);
    worker *ws = cnkg_xcalloc(n, sizeof *ws);
    pool p;
    pool_init(&p, o, n);
    for (unsigned i = 0; i < n; i++) {
        ws[i].p = &p;
        if (o->state_new)
            ws[i].state = o->state_new(o->ctx);
        if (cnkg_extractor_new(&ws[i].x, o->onto, o->labeller, err) != 0) {
            workers_free(ws, n, o);
            pool_free(&p);
            return -1;
        }
        cnkg_extractor_set_pairs(ws[i].x, o->pairs);
        cnkg_extractor_set_entities(ws[i].x, o->entities);
    }
    unsigned started = 0;
    int rc = 0;
    for (; started < n; started++) {
        if (pthread_create(&ws[started].thread, NULL, worker_main, &ws[started]) != 0) {
            rc = cnkg_error_set(err, "cannot start worker thread %u of %u", started + 1, n);
            break;
        }
    }
    if (rc == 0)
        rc = feed(&p, in, err);
    stop_all(&p, rc != 0);
    for (unsigned i = 0; i < started; i++)
        pthread_join(ws[i].thread, NULL);
    if (rc == 0 && p.stop)
        rc = cnkg_error_set(err, "extraction stopped");
    if (rc == 0)
        report(&p, 1);
    workers_free(ws, n, o);
    pool_free(&p);
    return rc;
}
