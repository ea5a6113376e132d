/* diagram_ids.c - a cgraph ID discipline that numbers named objects in the
 * order their names are first met.
 *
 * cgraph's own discipline makes a named object's ID the address of its
 * interned name, and keeps subgraphs ordered by ID: the order of clusters,
 * in DOT output and in dot's layout, then followed the heap, so one graph
 * drawn twice (or from a file with a longer name) came out different. With
 * IDs handed out in turn, the same calls give the same picture, byte for
 * byte. Anonymous objects keep cgraph's convention of odd IDs; named ones
 * get even IDs, so the two never meet. */
#include <stdlib.h>
#include <string.h>

#include "diagram_internal.h"

typedef struct id_state {
    Agraph_t *root;
    cnkg_keyset index; /* name -> slot in names */
    char **names;      /* slot k is the name of ID 2k + 2, interned in root */
    size_t n_names, cap_names;
    IDTYPE next_anonymous;
} id_state;

static void *ids_open(Agraph_t *g, Agdisc_t *disc)
{
    (void)disc;
    id_state *s = cnkg_xcalloc(1, sizeof *s);
    s->root = g;
    s->next_anonymous = 1;
    return s;
}

/* A name asked for but not created still gets its ID: lookups then find
 * no object with it, as they should, and numbering stays a function of
 * the calls made. */
static long ids_map(void *state, int objtype, char *str, IDTYPE *id, int createflag)
{
    (void)objtype;
    (void)createflag;
    id_state *s = state;
    if (!str) {
        *id = s->next_anonymous;
        s->next_anonymous += 2;
        return 1;
    }
    int added;
    size_t slot = *cnkg_keyset_insert(&s->index, cnkg_key_of(str, strlen(str)), s->n_names, &added);
    if (added) {
        if (s->n_names == s->cap_names) {
            s->cap_names = s->cap_names ? 2 * s->cap_names : 64;
            s->names = cnkg_xrealloc(s->names, s->cap_names * sizeof *s->names);
        }
        /* Interned, not copied: cgraph's writers look for the flag of an
         * HTML label in front of a name's characters. */
        s->names[s->n_names++] = agstrdup(s->root, str);
    }
    *id = 2 * (IDTYPE)slot + 2;
    return 1;
}

/* IDs chosen by the caller are not supported, as in cgraph's own. */
static long ids_alloc(void *state, int objtype, IDTYPE id)
{
    (void)state;
    (void)objtype;
    (void)id;
    return 0;
}

/* Names live as long as the graph: an object made again under the same
 * name gets the same ID. */
static void ids_free(void *state, int objtype, IDTYPE id)
{
    (void)state;
    (void)objtype;
    (void)id;
}

static char *ids_print(void *state, int objtype, IDTYPE id)
{
    (void)objtype;
    id_state *s = state;
    if (id % 2 || id == 0 || (id - 2) / 2 >= s->n_names)
        return NULL;
    return s->names[(id - 2) / 2];
}

static void ids_close(void *state)
{
    id_state *s = state;
    /* The names go with the graph's string pool, closed after this. */
    free(s->names);
    cnkg_keyset_free(&s->index);
    free(s);
}

static void ids_register(void *state, int objtype, void *obj)
{
    (void)state;
    (void)objtype;
    (void)obj;
}

static Agiddisc_t ordered_ids = {ids_open,  ids_map,   ids_alloc,   ids_free,
                                 ids_print, ids_close, ids_register};

Agraph_t *diagram_graph_open(const char *name)
{
    /* cgraph keeps a pointer to the discipline, never writes through it. */
    static Agdisc_t disc = {&AgMemDisc, &ordered_ids, &AgIoDisc};
    return agopen((char *)name, Agdirected, &disc);
}
