/* parallel.c - see parallel.h. One mutex guards the queue and the turn;
 * extraction itself runs outside it. */
#include "parallel.h"

#include <pthread.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

/* Documents queued per worker: enough to keep workers busy while the
 * reader decodes the next file, few enough to bound memory. */
#define QUEUE_PER_WORKER 2

typedef struct job {
    size_t seq;
    char *source, *text, *id, *title, *date, *url;
    size_t length, line;
} job;

typedef struct pool {
    const parallel_opts *o;
    pthread_mutex_t lock;
    pthread_cond_t work, space, turn;
    job *queue; /* ring */
    size_t cap, head, count;
    size_t next_turn;      /* the document whose articles go out next */
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

static void job_fill(job *j, const cnkg_document *d, size_t seq)
{
    j->seq = seq;
    j->source = dup_or_null(d->source);
    j->text = cnkg_xmalloc(d->length + 1);
    memcpy(j->text, d->text, d->length);
    j->text[d->length] = '\0';
    j->length = d->length;
    j->line = d->line;
    j->id = dup_or_null(d->id);
    j->title = dup_or_null(d->title);
    j->date = dup_or_null(d->date);
    j->url = dup_or_null(d->url);
}

static void job_clear(job *j)
{
    free(j->source);
    free(j->text);
    free(j->id);
    free(j->title);
    free(j->date);
    free(j->url);
}

/* Blocks until the worker's document is next to write; 0, or -1 when the
 * run was stopped meanwhile. */
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

static int deliver(const cnkg_article *a, void *ctx)
{
    worker *w = ctx;
    const parallel_opts *o = w->p->o;
    int rc = o->prepare ? o->prepare(a, w->state, o->ctx) : 0;
    if (rc == 0) {
        if (take_turn(w) != 0)
            return -1;
        rc = o->on_article(a, w->state, o->ctx);
    }
    pthread_mutex_lock(&w->p->lock);
    w->p->articles += rc == 0;
    if (rc != 0) {
        w->p->stop = 1;
        pthread_cond_broadcast(&w->p->turn);
        pthread_cond_broadcast(&w->p->space);
    }
    pthread_mutex_unlock(&w->p->lock);
    return rc;
}

static void copy_field(char **field, const char *value)
{
    if (value)
        cnkg_article_set(field, value);
}

static void run_job(worker *w, const job *j)
{
    w->current = j;
    w->has_turn = 0;
    if (j->line == 0) {
        cnkg_extractor_page(w->x, j->text, j->length, j->source, deliver, w);
    } else {
        /* A JSON line is named by its line, in messages. */
        cnkg_buf source = {0};
        cnkg_buf_printf(&source, "%s:%zu", j->source, j->line);
        cnkg_article *a = cnkg_extractor_article(w->x, j->text, j->length, source.data);
        cnkg_buf_free(&source);
        copy_field(&a->id, j->id);
        copy_field(&a->title, j->title);
        copy_field(&a->date, j->date);
        copy_field(&a->url, j->url);
        deliver(a, w);
        cnkg_article_free(a);
    }
    /* A document without articles still takes its turn, to pass it on. */
    if (take_turn(w) != 0)
        return;
    pthread_mutex_lock(&w->p->lock);
    w->p->next_turn++;
    w->p->docs++;
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

/* Queues a copy of doc, waiting for room; -1 when the run stopped. */
static int enqueue(pool *p, const cnkg_document *doc, size_t seq, double *last)
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
        job_fill(&p->queue[(p->head + p->count) % p->cap], doc, seq);
        p->count++;
        pthread_cond_signal(&p->work);
    }
    pthread_mutex_unlock(&p->lock);
    return stopped ? -1 : 0;
}

/* The calling thread's part: read, queue, report. */
static int feed(pool *p, cnkg_input *in, cnkg_error *err)
{
    cnkg_document doc;
    size_t seq = 0;
    double last = now();
    int rc;
    while ((rc = cnkg_input_next(in, &doc, err)) != 0) {
        if (rc < 0) {
            if (!p->o->keep_going)
                return -1;
            if (p->o->on_skip)
                p->o->on_skip(err, p->o->ctx);
            continue;
        }
        if (enqueue(p, &doc, seq++, &last) != 0)
            return cnkg_error_set(err, "extraction stopped");
        if (now() - last > 0.5) {
            report(p, 0);
            last = now();
        }
    }
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
