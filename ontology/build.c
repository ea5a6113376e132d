/* build.c - from triples to what the other components ask for.
 *
 * Class membership is decided after rdfs:subClassOf closure over every file
 * loaded, so a lexicon may type its entries kg:District or a class of its
 * own as long as some chain reaches one of the contract classes. Where the
 * lexicon is ambiguous (two labels, two parents) the first triple in load
 * order wins, and load order is sorted path order, so the result does not
 * depend on the machine. */
#include "onto_internal.h"

#include <stdlib.h>
#include <string.h>

/* A class that is not a contract class but that the builder looks for. */
#define DEPARTMENT CNKG_CLASS_COUNT
#define UNRESOLVED (-3)
/* cnkg_term.form_kinds values. */
enum { FORM_PREF = 0, FORM_ALT = 1, FORM_HIDDEN = 2 };
#define RESOLVING (-2)

typedef struct vocab {
    onto_sym type, sub_class, sub_property, label;
    onto_sym pref, alt, hidden, notation, broader;
    onto_sym located_in, home_division, shape, colour, cue;
    onto_sym domain, range, union_of, first, rest, symmetric;
    onto_sym contract_classes, contract_relations, slug;
    onto_sym cue_kind[ONTO_CUE_KINDS]; /* by cnkg_cue_kind; WORD is kg:cue */
} vocab;

typedef struct builder {
    cnkg_ontology *onto;
    const onto_triples *t;
    vocab v;
    uint32_t *head; /* first triple of each subject symbol, or UINT32_MAX */
    uint32_t *next; /* next triple with the same subject */
    int *cls_memo;  /* class symbol -> contract class, DEPARTMENT or -1 */
    int *rel_memo;  /* property symbol -> contract relation or -1 */
    int *word_slot; /* kg: property symbol -> index into onto->words, or -1 */
} builder;

static onto_sym sym_of(cnkg_ontology *onto, const char *iri)
{
    return onto_strtab_intern(&onto->strs, iri, strlen(iri));
}

static void vocab_init(vocab *v, cnkg_ontology *onto)
{
    v->type = sym_of(onto, CNKG_RDF_TYPE);
    v->sub_class = sym_of(onto, CNKG_RDFS_NS "subClassOf");
    v->sub_property = sym_of(onto, CNKG_RDFS_NS "subPropertyOf");
    v->label = sym_of(onto, CNKG_RDFS_LABEL);
    v->pref = sym_of(onto, CNKG_SKOS_PREF_LABEL);
    v->alt = sym_of(onto, CNKG_SKOS_ALT_LABEL);
    v->hidden = sym_of(onto, CNKG_SKOS_NS "hiddenLabel");
    v->notation = sym_of(onto, CNKG_SKOS_NOTATION);
    v->broader = sym_of(onto, CNKG_SKOS_BROADER);
    v->located_in = sym_of(onto, CNKG_NS "locatedIn");
    v->home_division = sym_of(onto, CNKG_NS "homeDivision");
    v->shape = sym_of(onto, CNKG_NS "shape");
    v->colour = sym_of(onto, CNKG_NS "colour");
    v->cue = sym_of(onto, CNKG_NS "cue");
    v->domain = sym_of(onto, CNKG_RDFS_NS "domain");
    v->range = sym_of(onto, CNKG_RDFS_NS "range");
    v->union_of = sym_of(onto, CNKG_OWL_NS "unionOf");
    v->first = sym_of(onto, CNKG_RDF_NS "first");
    v->rest = sym_of(onto, CNKG_RDF_NS "rest");
    v->symmetric = sym_of(onto, CNKG_OWL_NS "SymmetricProperty");
    v->contract_classes = sym_of(onto, CNKG_NS "contractClasses");
    v->contract_relations = sym_of(onto, CNKG_NS "contractRelations");
    v->slug = sym_of(onto, CNKG_NS "slug");
    v->cue_kind[CNKG_CUE_SUFFIX] = sym_of(onto, CNKG_NS "nameSuffix");
    v->cue_kind[CNKG_CUE_PREFIX] = sym_of(onto, CNKG_NS "namePrefix");
    v->cue_kind[CNKG_CUE_WORD] = v->cue;
    v->cue_kind[CNKG_CUE_GENERIC] = sym_of(onto, CNKG_NS "genericTerm");
    v->cue_kind[CNKG_CUE_TRIGGER] = sym_of(onto, CNKG_NS "trigger");
}

/* The local name of a kg: IRI, or NULL. */
static const char *kg_local(const builder *b, onto_sym sym)
{
    const char *s = onto_str(&b->onto->strs, sym);
    size_t ns = sizeof CNKG_NS - 1;
    return strncmp(s, CNKG_NS, ns) == 0 ? s + ns : NULL;
}

static int direct_class(const builder *b, onto_sym sym)
{
    const char *local = kg_local(b, sym);
    if (!local)
        return -1;
    if (strcmp(local, "Department") == 0)
        return DEPARTMENT;
    return (int)cnkg_class_from_name(&b->onto->names, local);
}

static int direct_relation(const builder *b, onto_sym sym)
{
    const char *local = kg_local(b, sym);
    return local ? (int)cnkg_relation_from_name(&b->onto->names, local) : -1;
}

/* Follows sub (rdfs:subClassOf or rdfs:subPropertyOf) up from sym until
 * direct() recognises a node; memoised, and cycles end as -1. */
static int resolve(builder *b, onto_sym sym, onto_sym sub, int *memo,
                   int (*direct)(const builder *, onto_sym))
{
    if (memo[sym] != UNRESOLVED)
        return memo[sym] == RESOLVING ? -1 : memo[sym];
    int found = direct(b, sym);
    memo[sym] = RESOLVING;
    for (uint32_t i = b->head[sym]; found < 0 && i != UINT32_MAX; i = b->next[i]) {
        const onto_triple *t = &b->t->v[i];
        if (t->p == sub && t->o_kind != ONTO_LITERAL)
            found = resolve(b, t->o, sub, memo, direct);
    }
    memo[sym] = found;
    return found;
}

static int class_of(builder *b, onto_sym sym)
{
    return resolve(b, sym, b->v.sub_class, b->cls_memo, direct_class);
}

static int relation_of(builder *b, onto_sym sym)
{
    return resolve(b, sym, b->v.sub_property, b->rel_memo, direct_relation);
}

static void free_builder(builder *b)
{
    free(b->head);
    free(b->next);
    free(b->cls_memo);
    free(b->rel_memo);
    free(b->word_slot);
}

static void index_subjects(builder *b)
{
    size_t n_syms = b->onto->strs.n;
    b->head = cnkg_xmalloc(n_syms * sizeof *b->head);
    b->next = cnkg_xmalloc((b->t->n ? b->t->n : 1) * sizeof *b->next);
    b->cls_memo = cnkg_xmalloc(n_syms * sizeof *b->cls_memo);
    b->rel_memo = cnkg_xmalloc(n_syms * sizeof *b->rel_memo);
    b->word_slot = cnkg_xmalloc(n_syms * sizeof *b->word_slot);
    for (size_t i = 0; i < n_syms; i++) {
        b->head[i] = UINT32_MAX;
        b->cls_memo[i] = b->rel_memo[i] = UNRESOLVED;
        b->word_slot[i] = -1;
    }
    /* Backwards, so each chain runs in file order. */
    for (size_t i = b->t->n; i-- > 0;) {
        onto_sym s = b->t->v[i].s;
        b->next[i] = b->head[s];
        b->head[s] = (uint32_t)i;
    }
}

/* --- terms --------------------------------------------------------------- */

static int is_zh(const builder *b, onto_sym lang)
{
    const char *l = onto_str(&b->onto->strs, lang);
    return (l[0] == 'z' || l[0] == 'Z') && (l[1] == 'h' || l[1] == 'H') &&
           (l[2] == '\0' || l[2] == '-');
}

/* skos:prefLabel in Chinese, else an untagged one, else any; then the same
 * for rdfs:label. */
static onto_sym pick_label(const builder *b, onto_sym s)
{
    onto_sym preds[2] = {b->v.pref, b->v.label};
    for (int k = 0; k < 2; k++) {
        onto_sym zh = 0, plain = 0, any = 0;
        for (uint32_t i = b->head[s]; i != UINT32_MAX; i = b->next[i]) {
            const onto_triple *t = &b->t->v[i];
            if (t->p != preds[k] || t->o_kind != ONTO_LITERAL)
                continue;
            if (!zh && is_zh(b, t->lang))
                zh = t->o;
            if (!plain && !t->lang)
                plain = t->o;
            if (!any)
                any = t->o;
        }
        if (zh || plain || any)
            return zh ? zh : plain ? plain : any;
    }
    return 0;
}

static onto_sym first_object(const builder *b, onto_sym s, onto_sym p, int literal)
{
    for (uint32_t i = b->head[s]; i != UINT32_MAX; i = b->next[i]) {
        const onto_triple *t = &b->t->v[i];
        if (t->p == p && (t->o_kind == ONTO_LITERAL) == literal)
            return t->o;
    }
    return 0;
}

/* --- the contract's names ------------------------------------------------- */

/* The kg: local names of the items of the first list that is the object of
 * p, in list order, into names[0..max); returns how many the list holds
 * (more than max when it is too long). syms receives the items. */
static size_t read_contract_list(const builder *b, onto_sym p, const char **names, onto_sym *syms,
                                 size_t max)
{
    onto_sym list = 0;
    for (size_t i = 0; !list && i < b->t->n; i++)
        if (b->t->v[i].p == p && b->t->v[i].o_kind != ONTO_LITERAL)
            list = b->t->v[i].o;
    size_t n = 0;
    /* rdf:first/rdf:rest down the list; bounded, as an edited file may loop */
    for (; list && n < 4 * max; list = first_object(b, list, b->v.rest, 0)) {
        onto_sym item = first_object(b, list, b->v.first, 0);
        if (!item)
            break;
        if (n < max) {
            names[n] = kg_local(b, item);
            syms[n] = item;
        }
        n++;
    }
    return n;
}

static int check_contract_list(const char *what, size_t n, size_t want, const char **names,
                               cnkg_error *err)
{
    if (n != want)
        return cnkg_error_set(err,
                              "the ontology lists %zu %s in kg:contract%s, cnkg has %zu "
                              "(is cnkg.ttl in the ontology directory?)",
                              n, what, what[0] == 'c' ? "Classes" : "Relations", want);
    for (size_t i = 0; i < n; i++)
        if (!names[i])
            return cnkg_error_set(err, "kg:contract%s: item %zu is not a kg: name",
                                  what[0] == 'c' ? "Classes" : "Relations", i + 1);
    return 0;
}

/* The names come first: every later step recognises a class or a relation
 * by them. */
static int build_names(builder *b, cnkg_error *err)
{
    cnkg_names *names = &b->onto->names;
    onto_sym cls_syms[CNKG_CLASS_COUNT], rel_syms[CNKG_RELATION_COUNT];
    size_t n_cls =
        read_contract_list(b, b->v.contract_classes, names->class_name, cls_syms, CNKG_CLASS_COUNT);
    size_t n_rel = read_contract_list(b, b->v.contract_relations, names->relation_name, rel_syms,
                                      CNKG_RELATION_COUNT);
    if (check_contract_list("classes", n_cls, CNKG_CLASS_COUNT, names->class_name, err) != 0 ||
        check_contract_list("relations", n_rel, CNKG_RELATION_COUNT, names->relation_name, err) !=
            0)
        return -1;
    for (int c = 0; c < CNKG_CLASS_COUNT; c++) {
        onto_sym slug = first_object(b, cls_syms[c], b->v.slug, 1);
        if (!slug)
            return cnkg_error_set(err, "kg:%s has no kg:slug", names->class_name[c]);
        names->class_slug[c] = onto_str(&b->onto->strs, slug);
    }
    return 0;
}

static int has_form(const onto_sym *forms, size_t n, onto_sym f)
{
    for (size_t i = 0; i < n; i++)
        if (forms[i] == f)
            return 1;
    return 0;
}

static void fill_term(const builder *b, onto_sym s, cnkg_class cls, cnkg_term *term)
{
    const onto_strtab *strs = &b->onto->strs;
    onto_sym order[4] = {b->v.pref, b->v.alt, b->v.hidden, b->v.label};
    size_t n = 0, cap = 4;
    onto_sym *forms = cnkg_xmalloc(cap * sizeof *forms);
    unsigned char *kinds = cnkg_xmalloc(cap);
    onto_sym label = pick_label(b, s);
    if (label) {
        forms[n] = label;
        kinds[n++] = FORM_PREF;
    }
    for (int k = 0; k < 4; k++) {
        for (uint32_t i = b->head[s]; i != UINT32_MAX; i = b->next[i]) {
            const onto_triple *t = &b->t->v[i];
            if (t->p != order[k] || t->o_kind != ONTO_LITERAL || !t->o || has_form(forms, n, t->o))
                continue;
            if (n == cap) {
                cap *= 2;
                forms = cnkg_xrealloc(forms, cap * sizeof *forms);
                kinds = cnkg_xrealloc(kinds, cap);
            }
            kinds[n] = order[k] == b->v.pref     ? FORM_PREF
                       : order[k] == b->v.hidden ? FORM_HIDDEN
                                                 : FORM_ALT;
            forms[n++] = t->o;
        }
    }
    const char **texts = cnkg_xmalloc((n ? n : 1) * sizeof *texts);
    for (size_t i = 0; i < n; i++)
        texts[i] = onto_str(strs, forms[i]);
    free(forms);

    onto_sym code = first_object(b, s, b->v.notation, 1);
    onto_sym parent = first_object(b, s, b->v.located_in, 0);
    if (!parent)
        parent = first_object(b, s, b->v.broader, 0);
    onto_sym home = first_object(b, s, b->v.home_division, 0);

    term->iri = onto_str(strs, s);
    term->cls = cls;
    term->label = label ? onto_str(strs, label) : term->iri;
    term->forms = texts;
    term->n_forms = n;
    term->code = code ? onto_str(strs, code) : NULL;
    term->parent = parent ? onto_str(strs, parent) : NULL;
    term->home_of = home ? onto_str(strs, home) : NULL;
    term->form_kinds = kinds;
}

typedef struct subject {
    onto_sym sym;
    cnkg_class cls;
    const char *iri;
} subject;

static int compare_subjects(const void *a, const void *b)
{
    return strcmp(((const subject *)a)->iri, ((const subject *)b)->iri);
}

/* Typed subjects of the wanted kind (a contract class, or DEPARTMENT),
 * each once, sorted by IRI. */
static subject *typed_subjects(builder *b, int department, size_t *n_out)
{
    size_t n = 0, cap = 64;
    subject *v = cnkg_xmalloc(cap * sizeof *v);
    unsigned char *seen = cnkg_xcalloc(b->onto->strs.n, 1);
    for (size_t i = 0; i < b->t->n; i++) {
        const onto_triple *t = &b->t->v[i];
        if (t->p != b->v.type || t->s_kind != ONTO_IRI || t->o_kind == ONTO_LITERAL || seen[t->s])
            continue;
        int cls = class_of(b, t->o);
        if (cls < 0 || (cls == DEPARTMENT) != department)
            continue;
        seen[t->s] = 1;
        if (n == cap)
            v = cnkg_xrealloc(v, (cap *= 2) * sizeof *v);
        v[n++] = (subject){t->s, department ? CNKG_GOVERNMENT_AGENCY : (cnkg_class)cls,
                           onto_str(&b->onto->strs, t->s)};
    }
    free(seen);
    qsort(v, n, sizeof *v, compare_subjects);
    *n_out = n;
    return v;
}

static cnkg_term *build_terms(builder *b, int department, size_t *n_out)
{
    size_t n;
    subject *subjects = typed_subjects(b, department, &n);
    cnkg_term *terms = cnkg_xcalloc(n ? n : 1, sizeof *terms);
    for (size_t i = 0; i < n; i++)
        fill_term(b, subjects[i].sym, subjects[i].cls, &terms[i]);
    free(subjects);
    *n_out = n;
    return terms;
}

static void build_index(cnkg_ontology *onto)
{
    size_t n_index = 16;
    while (n_index < onto->n_terms * 2)
        n_index *= 2;
    onto->index = cnkg_xcalloc(n_index, sizeof *onto->index);
    onto->n_index = n_index;
    for (size_t i = 0; i < onto->n_terms; i++) {
        const char *iri = onto->terms[i].iri;
        size_t j = cnkg_hash64(iri, strlen(iri), 0) & (n_index - 1);
        while (onto->index[j])
            j = (j + 1) & (n_index - 1);
        onto->index[j] = (uint32_t)(i + 1);
    }
}

/* --- word lists and presentation ---------------------------------------- */

static void list_push(onto_list *l, const char *s)
{
    /* Grows by doubling: n is a power of two exactly when full. */
    if ((l->n & (l->n - 1)) == 0)
        l->v = cnkg_xrealloc(l->v, (l->n ? l->n * 2 : 1) * sizeof *l->v);
    l->v[l->n++] = s;
}

static void labels_push(onto_labels *l, const char *lang, const char *text)
{
    if ((l->n & (l->n - 1)) == 0)
        l->v = cnkg_xrealloc(l->v, (l->n ? l->n * 2 : 1) * sizeof *l->v);
    l->v[l->n++] = (onto_label){lang, text};
}

static int cue_kind_of(const vocab *v, onto_sym p)
{
    for (int k = 0; k < ONTO_CUE_KINDS; k++)
        if (k != CNKG_CUE_WORD && v->cue_kind[k] == p)
            return k;
    return -1;
}

static void collect_cue(builder *b, const onto_triple *t)
{
    cnkg_ontology *onto = b->onto;
    const char *text = onto_str(&onto->strs, t->o);
    if (t->p == b->v.cue) {
        int rel = relation_of(b, t->s);
        if (rel >= 0)
            list_push(&onto->relation_cues[rel], text);
        return;
    }
    int kind = cue_kind_of(&b->v, t->p);
    int cls = kind >= 0 ? class_of(b, t->s) : -1;
    if (cls >= 0 && cls < CNKG_CLASS_COUNT)
        list_push(&onto->class_cues[cls][kind], text);
}

/* Labels and styles belong to the contract class or relation itself, not
 * to its subclasses (kg:District has a label of its own). */
static void collect_presentation(builder *b, const onto_triple *t)
{
    cnkg_ontology *onto = b->onto;
    const char *text = onto_str(&onto->strs, t->o);
    const char *lang = onto_str(&onto->strs, t->lang);
    int cls = direct_class(b, t->s);
    if (cls >= 0 && cls < CNKG_CLASS_COUNT) {
        if (t->p == b->v.label)
            labels_push(&onto->class_labels[cls], lang, text);
        else if (t->p == b->v.shape && !onto->shape[cls])
            onto->shape[cls] = text;
        else if (t->p == b->v.colour && !onto->colour[cls])
            onto->colour[cls] = text;
        return;
    }
    int rel = direct_relation(b, t->s);
    if (rel >= 0 && t->p == b->v.label)
        labels_push(&onto->relation_labels[rel], lang, text);
}

/* Every literal of a kg: property goes to the list named by its local
 * name, whatever the subject: lists that belong to no class, such as the
 * extractor's boundary words. */
static void collect_word(builder *b, const onto_triple *t)
{
    cnkg_ontology *onto = b->onto;
    int slot = b->word_slot[t->p];
    if (slot < 0) {
        const char *local = kg_local(b, t->p);
        if (!local)
            return;
        onto->words = cnkg_xrealloc(onto->words, (onto->n_words + 1) * sizeof *onto->words);
        onto->words[onto->n_words] = (onto_named_list){local, {NULL, 0}};
        slot = b->word_slot[t->p] = (int)onto->n_words++;
    }
    list_push(&onto->words[slot].list, onto_str(&onto->strs, t->o));
}

static int compare_named(const void *a, const void *b)
{
    return strcmp(((const onto_named_list *)a)->name, ((const onto_named_list *)b)->name);
}

static void build_lists(builder *b)
{
    for (size_t i = 0; i < b->t->n; i++) {
        const onto_triple *t = &b->t->v[i];
        if (t->o_kind != ONTO_LITERAL)
            continue;
        collect_word(b, t);
        if (t->s_kind != ONTO_IRI)
            continue;
        collect_cue(b, t);
        collect_presentation(b, t);
    }
    cnkg_ontology *onto = b->onto;
    for (size_t i = 0; i < onto->n_words; i++)
        onto_list_sort(&onto->words[i].list);
    if (onto->n_words > 1)
        qsort(onto->words, onto->n_words, sizeof *onto->words, compare_named);
    for (int c = 0; c < CNKG_CLASS_COUNT; c++)
        for (int k = 0; k < ONTO_CUE_KINDS; k++)
            onto_list_sort(&b->onto->class_cues[c][k]);
    for (int r = 0; r < CNKG_RELATION_COUNT; r++)
        onto_list_sort(&b->onto->relation_cues[r]);
}

/* --- what a relation allows ------------------------------------------------- */

/* The contract classes a class expression stands for, as a bit set: a class
 * (and its subclasses' contract class), or an owl:unionOf list of them. */
static unsigned class_set(builder *b, onto_sym node, int depth)
{
    int cls = class_of(b, node);
    if (cls >= 0 && cls < CNKG_CLASS_COUNT)
        return 1u << cls;
    onto_sym list = first_object(b, node, b->v.union_of, 0);
    unsigned set = 0;
    /* rdf:first/rdf:rest down the list; bounded, as an edited file may loop */
    for (int n = 0; list && n < 64 && depth < 4; n++) {
        onto_sym item = first_object(b, list, b->v.first, 0);
        if (item)
            set |= class_set(b, item, depth + 1);
        list = first_object(b, list, b->v.rest, 0);
    }
    return set;
}

/* rdfs:domain, rdfs:range and owl:SymmetricProperty of the contract's
 * relations, which the extractor asks before it states a fact. */
static void build_signatures(builder *b)
{
    cnkg_ontology *onto = b->onto;
    for (size_t i = 0; i < b->t->n; i++) {
        const onto_triple *t = &b->t->v[i];
        if (t->s_kind != ONTO_IRI || t->o_kind == ONTO_LITERAL)
            continue;
        int rel = direct_relation(b, t->s);
        if (rel < 0)
            continue;
        if (t->p == b->v.domain)
            onto->domain[rel] |= class_set(b, t->o, 0);
        else if (t->p == b->v.range)
            onto->range[rel] |= class_set(b, t->o, 0);
        else if (t->p == b->v.type && t->o == b->v.symmetric)
            onto->names.symmetric[rel] = 1;
    }
}

int onto_build(cnkg_ontology *onto, const onto_triples *triples, cnkg_error *err)
{
    builder b = {.onto = onto, .t = triples};
    vocab_init(&b.v, onto); /* before indexing: it may add symbols */
    index_subjects(&b);
    if (build_names(&b, err) != 0) {
        free_builder(&b);
        return -1;
    }
    onto->terms = build_terms(&b, 0, &onto->n_terms);
    onto->departments = build_terms(&b, 1, &onto->n_departments);
    build_index(onto);
    build_lists(&b);
    build_signatures(&b);
    free_builder(&b);
    return 0;
}
