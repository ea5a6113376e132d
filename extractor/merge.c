/* merge.c - one node per thing: short forms fold into the fullest name the
 * article gives (长安 into 长安汽车, 荣昌高新区 into 荣昌高新技术产业开发区),
 * and a name found once is a mention wherever else it stands. */
#include "internal.h"

#include <stdlib.h>
#include <string.h>

/* Is s + stem made of suffix words only (科技 + 有限公司)? */
static int ends_with_word(const char *s, size_t stem, const word_list *l)
{
    const char *tail = s + stem;
    if (!*tail)
        return 1;
    for (size_t i = 0; i < l->n; i++) {
        size_t n = strlen(l->words[i]);
        if (strncmp(tail, l->words[i], n) == 0 && ends_with_word(s, stem + n, l))
            return 1;
    }
    return 0;
}

/* The short form "long|short" gives long_sfx, or NULL. */
static const char *short_of(const word_list *abbr, size_t i, const char *long_sfx)
{
    const char *bar = strchr(abbr->words[i], '|');
    if (bar && strncmp(abbr->words[i], long_sfx, (size_t)(bar - abbr->words[i])) == 0 &&
        strlen(long_sfx) == (size_t)(bar - abbr->words[i]))
        return bar + 1;
    return NULL;
}

/* "高新技术产业开发区|高新区": the two suffixes name the same kind of park;
 * so do two long forms with one short form (经济技术开发区 and 经济开发区,
 * both 经开区). */
static int abbreviated(const word_list *abbr, const char *long_sfx, const char *short_sfx)
{
    for (size_t i = 0; i < abbr->n; i++) {
        const char *s = short_of(abbr, i, long_sfx);
        if (!s)
            continue;
        if (strcmp(s, short_sfx) == 0)
            return 1;
        for (size_t k = 0; *s && k < abbr->n; k++) {
            const char *other = k == i ? NULL : short_of(abbr, k, short_sfx);
            if (other && strcmp(other, s) == 0)
                return 1;
        }
    }
    return 0;
}

static int same_stem_abbrev(const lexicon *lx, const char *full, const char *shorter)
{
    size_t fl = strlen(full), sl = strlen(shorter);
    for (size_t stem = 3; stem <= sl && stem < fl; stem++) {
        if (strncmp(full, shorter, stem) != 0)
            break;
        if (abbreviated(&lx->abbreviation, full + stem, shorter + stem))
            return 1;
    }
    return 0;
}

static int is_form_of(const cnkg_ontology *onto, const cnkg_entity *e, const char *s)
{
    const cnkg_term *t = e->iri ? cnkg_ontology_term_by_iri(onto, e->iri) : NULL;
    if (!t)
        return 0;
    for (size_t f = 0; f < t->n_forms; f++)
        if (strcmp(t->forms[f], s) == 0)
            return 1;
    return 0;
}

/* Is one of a and b the other after a state word (国家|能源局)? */
static int state_word_before(const lexicon *lx, const char *a, const char *b)
{
    for (size_t w = 0; w < lx->state_word.n; w++) {
        size_t n = strlen(lx->state_word.words[w]);
        if ((strncmp(a, lx->state_word.words[w], n) == 0 && strcmp(a + n, b) == 0) ||
            (strncmp(b, lx->state_word.words[w], n) == 0 && strcmp(b + n, a) == 0))
            return 1;
    }
    return 0;
}

/* 国家发改委 and 发改委, 国家能源局 and 能源局, 国家工信部 and 工信部: is s a
 * form of e's known term with the state word (kg:stateWord) at its head
 * left out, or put before it? The news names a national body so once it
 * has named it in full, and writes 国家 before a ministry's short name. */
static int stateless_form_of(const lexicon *lx, const cnkg_entity *e, const char *s)
{
    const cnkg_term *t = e->iri ? cnkg_ontology_term_by_iri(lx->onto, e->iri) : NULL;
    for (size_t f = 0; t && f < t->n_forms; f++)
        if (t->form_kinds[f] != FORM_HIDDEN && state_word_before(lx, t->forms[f], s))
            return 1;
    return 0;
}

/* cps of a UTF-8 label; the caller frees. */
static uint32_t *label_cps(const char *label, size_t *n)
{
    return cnkg_utf8_to_cps(label, strlen(label), n);
}

/* 巫山红叶节 in 第十九届重庆长江三峡(巫山)国际红叶节: every character of the
 * short name in order, and the same last two. */
static int subsequence_with_tail(const char *shorter, const char *longer)
{
    size_t ns, nl;
    uint32_t *s = label_cps(shorter, &ns), *l = label_cps(longer, &nl);
    int ok = ns >= 3 && nl > ns && s[ns - 1] == l[nl - 1] && s[ns - 2] == l[nl - 2];
    for (size_t i = 0, j = 0; ok && i < ns; i++) {
        while (j < nl && l[j] != s[i])
            j++;
        ok = j++ < nl;
    }
    free(s);
    free(l);
    return ok;
}

/* What merging asks again and again, computed once per article: the
 * names of its divisions (a hash set: the question is asked for every
 * prefix of every name of every pair of entities, which was cubic in a
 * long article) and each entity's core. Merging never changes a
 * division nor any entity's label or class (only a non-division takes
 * aliases), so both stay true for the whole merge. */
typedef struct merge_ctx {
    const lexicon *lx;
    const gazetteer *gaz; /* the ontology's known names */
    const cnkg_article *art;
    cnkg_keyset divisions; /* the keys of their names */
    char **cores;          /* per entity, filled on first use */
    /* The names of firms (labels and aliases of companies), a set that
     * grows as merging gives a firm another's names: names_company asked
     * every firm's every name, cubic in a long article. */
    cnkg_keyset firms;
} merge_ctx;

static void name_add(cnkg_keyset *set, const char *name)
{
    int added;
    cnkg_keyset_insert(set, cnkg_key_of(name, strlen(name)), 0, &added);
}

static int name_in(const cnkg_keyset *set, const char *s, size_t len)
{
    return cnkg_keyset_find(set, cnkg_key_of(s, len)) != NULL;
}

/* The known term of a division entity, or NULL. */
static const cnkg_term *division_term(const lexicon *lx, const cnkg_entity *e)
{
    return e->iri ? cnkg_ontology_term_by_iri(lx->onto, e->iri) : NULL;
}

static void merge_ctx_init(merge_ctx *m, const lexicon *lx, const gazetteer *gaz,
                           const cnkg_article *a)
{
    *m = (merge_ctx){.lx = lx, .gaz = gaz, .art = a};
    m->cores = cnkg_xcalloc(a->n_entities + 1, sizeof *m->cores);
    for (size_t i = 0; i < a->n_entities; i++) {
        const cnkg_entity *e = &a->entities[i];
        if (e->cls != CNKG_ADMINISTRATIVE_DIVISION)
            continue;
        name_add(&m->divisions, e->label);
        for (size_t k = 0; k < e->n_aliases; k++)
            name_add(&m->divisions, e->aliases[k]);
        /* 江阴市 named in full still prefixes 江阴临港新城 by its short form */
        const cnkg_term *t = division_term(lx, e);
        for (size_t f = 0; t && f < t->n_forms; f++)
            if (t->form_kinds[f] != FORM_HIDDEN)
                name_add(&m->divisions, t->forms[f]);
    }
}

static void firms_add_entity(merge_ctx *m, const cnkg_entity *e)
{
    name_add(&m->firms, e->label);
    for (size_t k = 0; k < e->n_aliases; k++)
        name_add(&m->firms, e->aliases[k]);
}

static void merge_ctx_free(merge_ctx *m, size_t n_entities)
{
    cnkg_keyset_free(&m->firms);
    for (size_t i = 0; i < n_entities; i++)
        free(m->cores[i]);
    free(m->cores);
    cnkg_keyset_free(&m->divisions);
}

/* Does the article name a division by exactly this string? */
static int names_division(const merge_ctx *m, const char *s, size_t len)
{
    return name_in(&m->divisions, s, len);
}

/* The part of a name that tells it apart: without the division before it
 * and the suffix words after it (重庆|渝芯新材料|有限公司). */
static char *name_core(const merge_ctx *m, const cnkg_entity *e)
{
    const lexicon *lx = m->lx;
    const char *s = e->label;
    size_t n = strlen(s), head = 0;
    for (size_t k = 3; k < n; k++)
        if (names_division(m, s, k))
            head = k;
    size_t end = n;
    for (int changed = 1; changed;) {
        changed = 0;
        const word_list *l = &lx->suffix[e->cls];
        for (size_t i = 0; i < l->n && !changed; i++) {
            size_t w = strlen(l->words[i]);
            if (end >= head + w + 6 && strncmp(s + end - w, l->words[i], w) == 0)
                end -= w, changed = 1;
        }
    }
    return cnkg_xstrndup(s + head, end - head);
}

/* 江苏恒锐 and 江苏恒锐精密科技有限公司: one core begins the other. */
static const char *core_of(const merge_ctx *m, const cnkg_entity *e)
{
    char **core = &m->cores[e - m->art->entities];
    if (!*core)
        *core = name_core(m, e);
    return *core;
}

static int same_core(const merge_ctx *m, const cnkg_entity *a, const cnkg_entity *b)
{
    const char *ca = core_of(m, a), *cb = core_of(m, b);
    if (strlen(ca) < 6 || strncmp(ca, cb, strlen(ca)) != 0)
        return 0;
    /* a two-character core (中铝|公司) begins too many firms' names: the
     * whole short name must stand in the other (宏齐科技 in 台湾宏齐科技股份
     * 有限公司), not just its core (中铝 in 中铝稀土(江苏)有限公司) */
    return cnkg_utf8_length(ca) >= 3 || strstr(b->label, a->label) != NULL;
}

static int is_actor(cnkg_class c)
{
    return c == CNKG_COMPANY || c == CNKG_ORGANIZATION;
}

/* Does one of b's forms, the division before it left out, give a's label,
 * whole or abbreviated (鄂州|葛店经济技术开发区 and 葛店经开区)? A known
 * term's forms count too (武汉|东湖高新区 and 东湖新技术开发区). */
static int undivided_form_of(const merge_ctx *m, const cnkg_entity *b, const char *label)
{
    const cnkg_term *t = b->iri ? cnkg_ontology_term_by_iri(m->lx->onto, b->iri) : NULL;
    size_t n_known = t ? t->n_forms : 0;
    for (size_t k = 0; k <= b->n_aliases + n_known; k++) {
        const char *f = k == 0              ? b->label
                        : k <= b->n_aliases ? b->aliases[k - 1]
                                            : t->forms[k - 1 - b->n_aliases];
        if (t && k > b->n_aliases && t->form_kinds[k - 1 - b->n_aliases] == FORM_HIDDEN)
            continue;
        size_t n = strlen(f);
        for (size_t d = 3; d + 6 <= n; d++)
            if (names_division(m, f, d) &&
                (strcmp(f + d, label) == 0 || same_stem_abbrev(m->lx, f + d, label)))
                return 1;
    }
    return 0;
}

/* Is label a division and then a form of b's known term (武汉|东湖高新区)? */
static int divided_form_of(const merge_ctx *m, const cnkg_entity *b, const char *label)
{
    size_t n = strlen(label);
    for (size_t d = 3; d + 6 <= n; d++)
        if (names_division(m, label, d) && is_form_of(m->lx->onto, b, label + d))
            return 1;
    return 0;
}

/* Does the article name a firm by exactly s[0, len) (中联重科|华东基地)? */
static int names_company(const merge_ctx *m, const char *s, size_t len)
{
    return name_in(&m->firms, s, len);
}

/* Do a and b both have a mention in one sentence? */
static int side_by_side(const cnkg_article *art, const cnkg_entity *a, const cnkg_entity *b)
{
    size_t ia = (size_t)(a - art->entities), ib = (size_t)(b - art->entities);
    for (size_t i = 0; i < art->n_mentions; i++) {
        if (art->mentions[i].entity != ia)
            continue;
        for (size_t k = 0; k < art->n_mentions; k++)
            if (art->mentions[k].entity == ib &&
                art->mentions[k].sentence == art->mentions[i].sentence)
                return 1;
    }
    return 0;
}

/* 华东基地 and 中联重科华东基地, 格力电器西南产业基地 and 格力电器西南制冷产业基地:
 * a firm's site named without the firm, or with a word left out. Not two
 * names of one sentence (用于半导体照明光源产业化项目、半导体照明光源用LED器件
 * 产业化项目: a list of two projects). */
static int site_of_firm(const merge_ctx *m, const cnkg_entity *a, const cnkg_entity *b)
{
    size_t al = strlen(a->label), bl = strlen(b->label);
    if (strcmp(b->label + bl - al, a->label) == 0 && names_company(m, b->label, bl - al))
        return 1;
    /* the same first two characters (in UTF-8, six bytes of Han) */
    return al >= 6 && strncmp(a->label, b->label, 6) == 0 &&
           subsequence_with_tail(a->label, b->label) && !side_by_side(m->art, a, b);
}

/* Where the division's name ends when one and nothing but a project's
 * suffix follow the firm's name label[0, f) (青岛啤酒|揭阳|项目), or 0. */
static size_t place_and_suffix_after(const merge_ctx *m, const char *label, size_t f)
{
    size_t n = strlen(label);
    for (size_t d = f + 1; d < n; d++)
        if (names_division(m, label + f, d - f) &&
            ends_with_word(label, d, &m->lx->suffix[CNKG_PROJECT]))
            return d;
    return 0;
}

/* Is b's place the division named by place[0, len): in b's own name, or
 * named in a sentence that names b (…项目落户广西玉林)? Without this, the
 * firm's project in one city would fold into its project in another. */
static int sited_at(const merge_ctx *m, const cnkg_entity *b, const char *place, size_t len)
{
    char *name = cnkg_xstrndup(place, len);
    int at = strstr(b->label, name) != NULL;
    for (size_t i = 0; !at && i < m->art->n_entities; i++) {
        const cnkg_entity *d = &m->art->entities[i];
        for (size_t k = 0; d->cls == CNKG_ADMINISTRATIVE_DIVISION && !at && k <= d->n_aliases; k++)
            at = strncmp(k == 0 ? d->label : d->aliases[k - 1], place, len) == 0 &&
                 side_by_side(m->art, d, b);
    }
    free(name);
    return at;
}

/* 青岛啤酒|揭阳|项目 and 青岛啤酒年产60万千升生产基地项目: a project named by
 * nothing but its firm, a division and a project's suffix is the firm's
 * project there, when it is the firm's only other project of the article
 * and stands in that place. */
static int firm_project_by_place(const merge_ctx *m, const cnkg_entity *a, const cnkg_entity *b)
{
    size_t f = strlen(a->label), d = 0;
    while (f > 0 &&
           !(names_company(m, a->label, f) && (d = place_and_suffix_after(m, a->label, f))))
        f--;
    if (!f || strncmp(a->label, b->label, f) != 0 || !sited_at(m, b, a->label + f, d - f))
        return 0;
    for (size_t i = 0; i < m->art->n_entities; i++) {
        const cnkg_entity *o = &m->art->entities[i];
        if (o != a && o != b && o->cls == CNKG_PROJECT && strncmp(o->label, a->label, f) == 0)
            return 0;
    }
    return 1;
}

/* The length in bytes of the longest word of l that ends s, or 0. */
static size_t suffix_bytes(const word_list *l, const char *s)
{
    size_t n = strlen(s), best = 0;
    for (size_t i = 0; i < l->n; i++) {
        size_t w = strlen(l->words[i]);
        if (w > best && w <= n && strcmp(s + n - w, l->words[i]) == 0)
            best = w;
    }
    return best;
}

/* Does a firm of the article have a name that begins with s[0, len)? */
static int opens_company(const merge_ctx *m, const char *s, size_t len)
{
    for (size_t i = 0; i < m->art->n_entities; i++) {
        const cnkg_entity *e = &m->art->entities[i];
        for (size_t k = 0; e->cls == CNKG_COMPANY && k <= e->n_aliases; k++)
            if (strncmp(k == 0 ? e->label : e->aliases[k - 1], s, len) == 0)
                return 1;
    }
    return 0;
}

/* Does label hold the head of the short park name a (its first h bytes)
 * and its suffix (its last len_s bytes) with words between them, as
 * [division] head … suffix? A division may open label only before the
 * head (海尔（天津）…产业园区 has the firm's head first). */
static int park_head_and_suffix(const merge_ctx *m, const char *label, const char *a, size_t h,
                                size_t len_s)
{
    size_t n = strlen(label);
    if (n < h + len_s + 3 || strcmp(label + n - len_s, a + h) != 0)
        return 0;
    for (size_t d = 0; d + h + len_s < n; d++)
        if ((d == 0 || names_division(m, label, d)) && strncmp(label + d, a, h) == 0)
            return 1;
    return 0;
}

/* 清徐产业园 and 清徐精细化工循环产业园, 海尔产业园区 and 海尔（天津）市场创新
 * 产业园区: a park named by its head (a division, a firm) and its suffix
 * alone is the article's one park that has both with words between. */
static int park_by_head(const merge_ctx *m, const cnkg_entity *a, const cnkg_entity *b)
{
    if (a->cls != CNKG_INDUSTRIAL_PARK || a->iri)
        return 0;
    size_t len_s = suffix_bytes(&m->lx->suffix[CNKG_INDUSTRIAL_PARK], a->label);
    size_t h = strlen(a->label) - len_s;
    if (len_s < 6 || h < 6 || !(names_division(m, a->label, h) || opens_company(m, a->label, h)))
        return 0;
    if (!park_head_and_suffix(m, b->label, a->label, h, len_s))
        return 0;
    for (size_t i = 0; i < m->art->n_entities; i++) {
        const cnkg_entity *o = &m->art->entities[i];
        if (o != a && o != b && o->cls == CNKG_INDUSTRIAL_PARK &&
            park_head_and_suffix(m, o->label, a->label, h, len_s))
            return 0;
    }
    return 1;
}

/* Does s[0, len) name a division, one of the article's or a known one?
 * A place written inside a firm's name (雀巢|中国|公司) is no entity of the
 * article when the story names it nowhere else. */
static int names_place(const merge_ctx *m, const char *s, size_t len)
{
    return names_division(m, s, len) ||
           gazetteer_term_of_class(m->gaz, m->lx->onto, s, len, CNKG_ADMINISTRATIVE_DIVISION);
}

/* names_place for a fold: some known places below a country are ordinary
 * words too (长安, 东方, 新华: 长安|铃木 is no 铃木), so of the known ones
 * only a country counts (中国|联通, 德国|蓝杉汽车). */
static int names_place_heading(const merge_ctx *m, const char *s, size_t len)
{
    const cnkg_term *known;
    return names_division(m, s, len) ||
           ((known = gazetteer_term_of_class(m->gaz, m->lx->onto, s, len,
                                             CNKG_ADMINISTRATIVE_DIVISION)) &&
            known->code && division_code_is_country(known->code));
}

/* Does b's label give the head [0, h) of a's label where its name begins,
 * after nothing or a division (四川|华铁钒钛科技公司, names_place_heading), and
 * go on past it with no place, the article's or a known one, right after it
 * and no bracket (雀巢中国公司, 中铝稀土(江苏)有限公司: a subsidiary named by
 * its place is a firm of its own)? */
static int opens_with_head(const merge_ctx *m, const cnkg_entity *b, const char *head, size_t h)
{
    const char *s = b->label;
    size_t n = strlen(s);
    for (size_t d = 0; d + h < n; d++) {
        if (strncmp(s + d, head, h) != 0 || (d && !names_place_heading(m, s, d)))
            continue;
        const char *rest = s + d + h;
        if (strchr(rest, '(') || strstr(rest, "\xef\xbc\x88")) /* ( or （ */
            return 0;
        for (size_t k = 3; k <= strlen(rest); k++)
            if (names_place(m, rest, k))
                return 0;
        return 1;
    }
    return 0;
}

static int folds_into(const merge_ctx *m, const cnkg_entity *a, const cnkg_entity *b);

/* 康佳公司 and 康佳集团股份有限公司, 华铁公司 and 四川华铁钒钛科技公司, 康菲公司
 * and 美国康菲石油公司: a firm named by a head of two to four characters and
 * 公司 (kg:headedFirmSuffix) is the article's one firm whose name opens with
 * that head. Where two firms do (辉瑞动物保健, 辉瑞营养品) it may be either or
 * their parent; where another is named by the head alone (比亚迪 beside
 * 比亚迪汽车销售有限公司) it is that one. A firm that is itself b's short
 * form (康菲石油 of 美国康菲石油公司) is no other firm. */
static int headed_firm(const merge_ctx *m, const cnkg_entity *a, const cnkg_entity *b)
{
    if (a->cls != CNKG_COMPANY || b->cls != CNKG_COMPANY || a->iri)
        return 0;
    size_t al = strlen(a->label), w = suffix_bytes(&m->lx->headed_firm_suffix, a->label);
    if (!w || w >= al)
        return 0;
    char *head = cnkg_xstrndup(a->label, al - w);
    size_t chars = cnkg_utf8_length(head), h = al - w;
    int ok = chars >= 2 && chars <= 4 && opens_with_head(m, b, head, h);
    for (size_t i = 0; ok && i < m->art->n_entities; i++) {
        const cnkg_entity *o = &m->art->entities[i];
        if (o != a && o != b && o->cls == CNKG_COMPANY &&
            (opens_with_head(m, o, head, h) || cnkg_entity_has_name(o, head)) &&
            !folds_into(m, o, b))
            ok = 0;
    }
    free(head);
    return ok;
}

/* Should entity a fold into entity b? */
static int folds_into(const merge_ctx *m, const cnkg_entity *a, const cnkg_entity *b)
{
    const lexicon *lx = m->lx;
    /* 鲁花 and 鲁花集团, 博西华 and 博西华公司: a person's name that the
     * article also writes with a firm's suffix (the labeller reads short
     * firm names as people) is the firm's short name */
    if (a->cls == CNKG_PERSON && b->cls == CNKG_COMPANY && !a->iri) {
        size_t al = strlen(a->label);
        for (size_t k = 0; k <= b->n_aliases; k++) {
            const char *f = k == 0 ? b->label : b->aliases[k - 1];
            if (al < strlen(f) && strncmp(a->label, f, al) == 0 &&
                ends_with_word(f, al, &lx->suffix[CNKG_COMPANY]))
                return 1;
        }
        return 0;
    }
    if (a == b || a->cls == CNKG_ADMINISTRATIVE_DIVISION || a->cls == CNKG_PERSON ||
        a->cls == CNKG_INDUSTRY)
        return 0;
    /* the labeller may read a firm's short name as an organisation */
    if (a->cls != b->cls && !(is_actor(a->cls) && b->cls == CNKG_COMPANY && !a->iri))
        return 0;
    if (a->iri && b->iri)
        return 0; /* two known terms are two things */
    if (b->iri && is_form_of(lx->onto, b, a->label))
        return 1;
    if (a->cls == CNKG_GOVERNMENT_AGENCY && !a->iri && stateless_form_of(lx, b, a->label))
        return 1;
    if (a->cls == CNKG_INDUSTRIAL_PARK &&
        (undivided_form_of(m, b, a->label) || (b->iri && divided_form_of(m, b, a->label))))
        return 1;
    if (a->cls == CNKG_INDUSTRIAL_PARK && b->cls == CNKG_INDUSTRIAL_PARK && park_by_head(m, a, b))
        return 1;
    size_t al = strlen(a->label), bl = strlen(b->label);
    /* before the test of lengths: 松下公司 and 松下集团 are one firm written
     * as long */
    if (al <= bl && headed_firm(m, a, b))
        return 1;
    if (al >= bl)
        return 0;
    /* 长安 + 汽车, 院落微治理 + 机制: the rest of the fuller name is suffixes */
    if (strncmp(a->label, b->label, al) == 0 && cnkg_utf8_length(a->label) >= 2 &&
        ends_with_word(b->label, al, &lx->suffix[b->cls]))
        return 1;
    /* 渝芯新材料 and 重庆渝芯新材料有限公司 */
    if (b->cls == CNKG_COMPANY && !a->iri && same_core(m, a, b))
        return 1;
    /* 重庆市 + 承接产业转移示范园区, 江西 + 光速电子, 中国 + 联通: a division
     * before it */
    if (strcmp(b->label + bl - al, a->label) == 0 && names_place_heading(m, b->label, bl - al))
        return 1;
    /* 三峡 in 长江三峡, 红叶节 in …国际红叶节 */
    if ((a->cls == CNKG_PLACE || a->cls == CNKG_EVENT) && strcmp(b->label + bl - al, a->label) == 0)
        return 1;
    if (a->cls == CNKG_EVENT && subsequence_with_tail(a->label, b->label))
        return 1;
    if (a->cls == CNKG_PROJECT && (site_of_firm(m, a, b) || firm_project_by_place(m, a, b)))
        return 1;
    return !a->iri && same_stem_abbrev(lx, b->label, a->label);
}

static void move_entity(cnkg_article *a, size_t from, size_t to)
{
    cnkg_entity *src = &a->entities[from], *dst = &a->entities[to];
    cnkg_entity_add_alias(dst, src->label);
    for (size_t i = 0; i < src->n_aliases; i++)
        cnkg_entity_add_alias(dst, src->aliases[i]);
    for (size_t i = 0; i < a->n_mentions; i++)
        if (a->mentions[i].entity == from)
            a->mentions[i].entity = to;
}

/* Drops entities left without mentions, renumbering the rest. */
static void compact(cnkg_article *a)
{
    size_t *map = cnkg_xmalloc((a->n_entities + 1) * sizeof *map);
    char *used = cnkg_xcalloc(a->n_entities + 1, 1);
    for (size_t i = 0; i < a->n_mentions; i++)
        used[a->mentions[i].entity] = 1;
    size_t w = 0;
    for (size_t i = 0; i < a->n_entities; i++) {
        if (!used[i]) {
            cnkg_entity_clear(&a->entities[i]);
            continue;
        }
        map[i] = w;
        a->entities[w++] = a->entities[i];
    }
    a->n_entities = w;
    for (size_t i = 0; i < a->n_mentions; i++)
        a->mentions[i].entity = map[a->mentions[i].entity];
    free(map);
    free(used);
}

/* A firm found by its full registered name is also named by its core
 * (重庆渝芯新材料有限公司 -> 渝芯新材料): that form finds its other mentions. */
static void add_core_aliases(const merge_ctx *m, cnkg_article *a)
{
    for (size_t i = 0; i < a->n_entities; i++) {
        cnkg_entity *e = &a->entities[i];
        if (e->cls != CNKG_COMPANY || e->iri)
            continue;
        char *core = name_core(m, e);
        size_t n = cnkg_utf8_length(core);
        const char *at = strstr(e->label, core);
        if (n >= 3 && strcmp(core, e->label) != 0 && at) {
            cnkg_entity_add_alias(e, core);
            /* and with the place before it: 江苏恒锐精密 */
            char *placed = cnkg_xstrndup(e->label, (size_t)(at - e->label) + strlen(core));
            if (strcmp(placed, core) != 0)
                cnkg_entity_add_alias(e, placed);
            free(placed);
        }
        free(core);
    }
}

void merge_entities(const lexicon *lx, const gazetteer *gaz, cnkg_article *a)
{
    merge_ctx m;
    merge_ctx_init(&m, lx, gaz, a);
    add_core_aliases(&m, a);
    for (size_t i = 0; i < a->n_entities; i++)
        if (a->entities[i].cls == CNKG_COMPANY)
            firms_add_entity(&m, &a->entities[i]);
    char *folded = cnkg_xcalloc(a->n_entities + 1, 1);
    for (size_t i = 0; i < a->n_entities; i++) {
        size_t best = (size_t)-1;
        for (size_t j = 0; j < a->n_entities; j++) {
            if (j == i || folded[j] || !folds_into(&m, &a->entities[i], &a->entities[j]))
                continue;
            if (best == (size_t)-1 ||
                strlen(a->entities[j].label) > strlen(a->entities[best].label))
                best = j;
        }
        if (best != (size_t)-1) {
            move_entity(a, i, best);
            folded[i] = 1;
            if (a->entities[best].cls == CNKG_COMPANY)
                firms_add_entity(&m, &a->entities[best]);
        }
    }
    free(folded);
    merge_ctx_free(&m, a->n_entities);
    compact(a);
}

/* Would [b, e) cross a mention (overlap it without containing it)? */
static int crosses_mention(const cnkg_article *a, size_t b, size_t e)
{
    for (size_t i = 0; i < a->n_mentions; i++) {
        cnkg_span m = a->mentions[i].span;
        if (m.begin < e && b < m.end && !(b <= m.begin && m.end <= e))
            return 1;
        if (m.begin == b && m.end == e)
            return 1; /* already a mention there */
    }
    return 0;
}

/* A repeated name replaces what was read inside it (新材料 in 渝芯新材料). */
static void drop_mentions_inside(cnkg_article *a, size_t b, size_t e)
{
    size_t w = 0;
    for (size_t i = 0; i < a->n_mentions; i++) {
        cnkg_span m = a->mentions[i].span;
        if (!(b <= m.begin && m.end <= e))
            a->mentions[w++] = a->mentions[i];
    }
    a->n_mentions = w;
}

static void repeat_form(const lexicon *lx, const text_view *t, cnkg_article *a, size_t entity,
                        const char *form)
{
    size_t n;
    uint32_t *cps = cnkg_utf8_to_cps(form, strlen(form), &n);
    if (n >= 2) {
        for (size_t p = 0; p + n <= t->n; p++) {
            if (memcmp(t->cps + p, cps, n * sizeof *cps) == 0 && !crosses_mention(a, p, p + n) &&
                !lexicon_phrase_opened(lx, t, p, p + n)) {
                drop_mentions_inside(a, p, p + n);
                cnkg_article_add_mention(a, entity, p, p + n);
            }
        }
    }
    free(cps);
}

static int utf8_valid(const char *s)
{
    size_t len = strlen(s);
    for (size_t i = 0; i < len;) {
        uint32_t cp;
        size_t used = cnkg_utf8_decode(s + i, len - i, &cp);
        if (!used)
            return 0;
        i += used;
    }
    return 1;
}

/* The live mentions by where they begin, kept while repeated names drop
 * and add mentions: asking the whole list at every hit was quadratic in a
 * long article. at[p] is the last mention that begins at p (NO_MENTION: none),
 * next[i] the one before it at the same place. A dropped mention stays
 * linked and flagged until mention_index_done compacts the list in its
 * order, as drop_mentions_inside would have left it. */
#define NO_MENTION ((size_t)-1)

typedef struct mention_index {
    size_t *at, *next;
    unsigned char *dead;
    size_t n_at, cap, longest;
} mention_index;

static void mention_index_link(mention_index *x, const cnkg_article *a, size_t i)
{
    if (i == x->cap) {
        x->cap = x->cap ? x->cap * 2 : 16;
        x->next = cnkg_xrealloc(x->next, x->cap * sizeof *x->next);
        x->dead = cnkg_xrealloc(x->dead, x->cap);
    }
    cnkg_span s = a->mentions[i].span;
    x->next[i] = x->at[s.begin];
    x->dead[i] = 0;
    x->at[s.begin] = i;
    if (s.end - s.begin > x->longest)
        x->longest = s.end - s.begin;
}

/* 0 when a mention begins past the text or ends before it begins: the
 * caller then asks the list itself. */
static int mention_index_init(mention_index *x, const cnkg_article *a, size_t n_text)
{
    *x = (mention_index){.n_at = n_text + 1};
    for (size_t i = 0; i < a->n_mentions; i++)
        if (a->mentions[i].span.begin > n_text ||
            a->mentions[i].span.end < a->mentions[i].span.begin)
            return 0;
    x->at = cnkg_xmalloc(x->n_at * sizeof *x->at);
    for (size_t p = 0; p < x->n_at; p++)
        x->at[p] = NO_MENTION;
    for (size_t i = 0; i < a->n_mentions; i++)
        mention_index_link(x, a, i);
    return 1;
}

/* crosses_mention over the live mentions: one that overlaps [b, e) begins
 * no more than the longest mention's length before b. */
static int index_crosses(const mention_index *x, const cnkg_article *a, size_t b, size_t e)
{
    for (size_t p = b > x->longest ? b - x->longest : 0; p < e && p < x->n_at; p++)
        for (size_t i = x->at[p]; i != NO_MENTION; i = x->next[i]) {
            cnkg_span m = a->mentions[i].span;
            if (x->dead[i])
                continue;
            if ((m.begin < e && b < m.end && !(b <= m.begin && m.end <= e)) ||
                (m.begin == b && m.end == e))
                return 1;
        }
    return 0;
}

/* drop_mentions_inside: an empty mention at e lies inside too. */
static void index_drop_inside(mention_index *x, const cnkg_article *a, size_t b, size_t e)
{
    for (size_t p = b; p <= e && p < x->n_at; p++)
        for (size_t i = x->at[p]; i != NO_MENTION; i = x->next[i])
            if (a->mentions[i].span.end <= e)
                x->dead[i] = 1;
}

/* cnkg_article_add_mention without its search for the same mention: none
 * is left, index_crosses having refused a mention of that span. */
static void index_add(mention_index *x, cnkg_article *a, size_t entity, size_t b, size_t e)
{
    if (a->n_mentions == a->cap_mentions) {
        a->cap_mentions = a->cap_mentions ? a->cap_mentions * 2 : 16;
        a->mentions = cnkg_xrealloc(a->mentions, a->cap_mentions * sizeof *a->mentions);
    }
    a->mentions[a->n_mentions] = (cnkg_mention){entity, {b, e}, cnkg_article_sentence_at(a, b)};
    mention_index_link(x, a, a->n_mentions++);
}

static void mention_index_done(mention_index *x, cnkg_article *a)
{
    size_t w = 0;
    for (size_t i = 0; i < a->n_mentions; i++)
        if (!x->dead[i])
            a->mentions[w++] = a->mentions[i];
    a->n_mentions = w;
    free(x->at);
    free(x->next);
    free(x->dead);
}

static void repeat_hit(const lexicon *lx, const text_view *t, cnkg_article *a, mention_index *x,
                       size_t entity, size_t p, size_t n)
{
    if (n >= 2 && !index_crosses(x, a, p, p + n) && !lexicon_phrase_opened(lx, t, p, p + n)) {
        index_drop_inside(x, a, p, p + n);
        index_add(x, a, entity, p, p + n);
    }
}

/* Every form of every entity found in one pass over the text (a scan per
 * form was quadratic in a long article); the hits come ordered by form,
 * then position, as the scan per form met them. */
static int repeat_indexed(const lexicon *lx, const text_view *t, cnkg_article *a)
{
    size_t n = a->n_entities, count = 0;
    for (size_t i = 0; i < n; i++)
        count += 1 + a->entities[i].n_aliases;
    const char **forms = cnkg_xmalloc((count + 1) * sizeof *forms);
    size_t *owner = cnkg_xmalloc((count + 1) * sizeof *owner);
    size_t w = 0;
    int ok = 1;
    for (size_t i = 0; i < n; i++) {
        const cnkg_entity *e = &a->entities[i];
        for (size_t k = 0; k <= e->n_aliases; k++) {
            forms[w] = k == 0 ? e->label : e->aliases[k - 1];
            ok &= utf8_valid(forms[w]); /* the scan read bad bytes as U+FFFD */
            owner[w++] = i;
        }
    }
    word_list l = {.words = forms, .n = count};
    word_hit *hits = NULL;
    long found = -1;
    if (ok) {
        word_list_index(&l);
        found = text_find_all(&l, t->cps, t->n, &hits);
    }
    mention_index x;
    if (found >= 0 && !mention_index_init(&x, a, t->n))
        found = -1; /* the scan per form below */
    for (long h = 0; h < found; h++)
        repeat_hit(lx, t, a, &x, owner[hits[h].word], hits[h].pos, hits[h].len);
    if (found >= 0)
        mention_index_done(&x, a);
    word_list_index_free(&l);
    free(hits);
    free(owner);
    free(forms);
    return found >= 0 ? 0 : -1;
}

void mentions_repeat(const lexicon *lx, const text_view *t, cnkg_article *a)
{
    if (repeat_indexed(lx, t, a) == 0)
        return;
    size_t n = a->n_entities;
    for (size_t i = 0; i < n; i++) {
        repeat_form(lx, t, a, i, a->entities[i].label);
        for (size_t k = 0; k < a->entities[i].n_aliases; k++)
            repeat_form(lx, t, a, i, a->entities[i].aliases[k]);
    }
}

/* 化工|行业, 电力|行业: a sector's mention right before a sector word
 * (kg:nameSuffix of kg:Industry) is named with it too, and readers cite
 * 化工行业 as often as 化工, so the longer form becomes an alias. Done
 * last: an alias would be repeated as a mention over the sector word,
 * which the relation cues (产业集群 after a sector) must still see. */
void mentions_alias_sector_words(const lexicon *lx, const text_view *t, cnkg_article *a)
{
    for (size_t i = 0; i < a->n_mentions; i++) {
        const cnkg_mention *m = &a->mentions[i];
        cnkg_entity *e = &a->entities[m->entity];
        if (e->cls != CNKG_INDUSTRY || m->span.end > t->n)
            continue;
        size_t tail = text_match_list(t->cps, t->n, m->span.end, &lx->suffix[CNKG_INDUSTRY]);
        if (!tail) /* 冰箱|业, 航空航天|业; not 企业, which names firms */
            tail = text_match_list(t->cps, t->n, m->span.end, &lx->sector_word) == 1;
        if (!tail)
            continue;
        char *form = cnkg_cps_to_utf8(t->cps, m->span.begin, m->span.end + tail);
        cnkg_entity_add_alias(e, form);
        free(form);
    }
}
