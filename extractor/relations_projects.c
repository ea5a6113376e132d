/*
 * relations_projects.c - who operates, funds or hosts a project, firm or
 * park: a company that opens a clause operates the projects after it, the
 * firms after 由 fund one, a place attracts firms (合肥引育A、B等企业) and
 * builds parks (荣昌通过建设…产业园).
 */
#include "relations_internal.h"

static int has_head_company(const sentence_ctx *c, const slot *project)
{
    for (size_t i = 0; i < c->n; i++)
        if (c->slots[i].inner && c->slots[i].cls == CNKG_COMPANY &&
            c->slots[i].begin == project->begin)
            return 1;
    return 0;
}

/* 江西光速电子正加紧安装设备，加快高精密度线路板项目投产; 宁德时代在宜宾建有
 * 动力电池生产基地: a company that opens a clause operates the projects that
 * follow it in the sentence, unless a project names its own company. */
void relations_company_projects(sentence_ctx *c)
{
    size_t company = (size_t)-1, partner = (size_t)-1;
    for (size_t i = 0; i < c->n; i++) {
        const slot *s = &c->slots[i];
        if (s->inner)
            continue;
        if (s->cls == CNKG_COMPANY) {
            /* TCL与宏齐科技共同建设…项目: a partner joined by 与 builds too */
            size_t w = company == (size_t)-1
                           ? 0
                           : text_match_list(c->t->cps, s->begin, c->slots[company].end,
                                             &c->lx->partner_word);
            if (w && c->slots[company].end + w == s->begin && partner == (size_t)-1) {
                partner = i;
                continue;
            }
            company = s->clause_initial ? i : (size_t)-1;
            partner = (size_t)-1;
        } else if (s->cls == CNKG_PROJECT && company != (size_t)-1 && !has_head_company(c, s) &&
                   s->begin > c->slots[company].end + 1) {
            relations_fact(c, c->slots[company].entity, CNKG_OPERATES, s->entity);
            if (partner != (size_t)-1 && s->begin > c->slots[partner].end + 1)
                relations_fact(c, c->slots[partner].entity, CNKG_OPERATES, s->entity);
        }
    }
}

/* Where the kg:operates cue (投资建设, 出资, 承建; not the bare 的 of
 * X公司的Y项目) that comes first in [from, to) outside any name begins, or -1. */
static size_t operates_cue(const sentence_ctx *c, size_t from, size_t to)
{
    for (size_t p = from; p < to; p++)
        if (text_match_list(c->t->cps, c->span.end, p, &c->lx->cue[CNKG_OPERATES]) >= 2 &&
            !relations_inside_slot(c, p))
            return p;
    return (size_t)-1;
}

/* 该项目由奇瑞公司独资建设, 项目由A与位于X的B共同出资成立, 由A和B共同投资建设的
 * C项目: the firms after 由 (the agent of a passive), up to a verb of
 * building or funding, operate the project before 由 or after the 的. */
void relations_funded_projects(sentence_ctx *c)
{
    enum { MAX_AGENT = 40, MAX_TAIL = 12 };
    for (size_t i = 0; i < c->n; i++) {
        const slot *first = &c->slots[i];
        if (first->inner || first->cls != CNKG_COMPANY || first->begin <= c->span.begin ||
            !text_has_at(c->t->cps, c->span.end, first->begin - 1, "由"))
            continue;
        size_t by = first->begin - 1, limit = first->begin;
        while (limit < c->span.end && limit - by < MAX_AGENT &&
               !text_is_clause_break(c->t->cps[limit]))
            limit++;
        size_t cue = operates_cue(c, first->end, limit);
        if (cue == (size_t)-1)
            continue;
        size_t cue_end =
            cue + text_match_list(c->t->cps, c->span.end, cue, &c->lx->cue[CNKG_OPERATES]);
        const slot *project = NULL;
        size_t at = by; /* 项目由…, 项目是由… */
        at -= text_match_list_ending(c->t->cps, at, &c->lx->copula);
        for (size_t k = 0; k < c->n && !project; k++)
            if (!c->slots[k].inner && c->slots[k].end == at && c->slots[k].cls == CNKG_PROJECT)
                project = &c->slots[k];
        for (size_t p = cue_end; !project && p < limit && p < cue_end + MAX_TAIL; p++)
            if (text_has_at(c->t->cps, c->span.end, p, "的")) /* 由…投资建设的C项目 */
                project = relations_slot_after(c, p + 1, BIT(CNKG_PROJECT), 0);
        for (size_t k = i; project && k < c->n && c->slots[k].end <= cue; k++)
            if (!c->slots[k].inner && c->slots[k].cls == CNKG_COMPANY)
                relations_fact(c, c->slots[k].entity, CNKG_OPERATES, project->entity);
    }
}

/* 合肥通过投资引育晶合集成、蔚来汽车等龙头企业: firms a place attracts or
 * grows (kg:attractWord) settle there. */
void relations_attracted_firms(sentence_ctx *c)
{
    for (size_t p = c->span.begin; p < c->span.end; p++) {
        size_t len = text_match_list(c->t->cps, c->span.end, p, &c->lx->attract_word);
        if (!len || relations_inside_slot(c, p))
            continue;
        size_t subj = relations_find_subject(
            c, BIT(CNKG_ADMINISTRATIVE_DIVISION) | BIT(CNKG_INDUSTRIAL_PARK), p);
        if (subj == (size_t)-1 || relations_after_origin_cue(c, &c->slots[subj]) ||
            c->slots[subj].begin < relations_clause_start(c->t, c->span, p)) {
            p += len - 1;
            continue;
        }
        size_t end = p + len;
        while (end < c->span.end && !text_is_clause_break(c->t->cps[end]))
            end++;
        for (size_t i = 0; i < c->n; i++) {
            const slot *o = &c->slots[i];
            if (!o->inner && o->cls == CNKG_COMPANY && o->begin >= p + len && o->end <= end)
                relations_fact(c, o->entity, CNKG_LOCATED_IN, c->slots[subj].entity);
        }
        p += len - 1;
    }
}

/* 荣昌通过建设陶文化创意产业园: a park a division builds lies in it. */
void relations_built_parks(sentence_ctx *c)
{
    for (size_t p = c->span.begin; p < c->span.end; p++) {
        size_t len = text_match_list(c->t->cps, c->span.end, p, &c->lx->build_word);
        if (!len)
            continue;
        const slot *park = relations_slot_after(c, p + len, BIT(CNKG_INDUSTRIAL_PARK), 0);
        size_t subj = relations_find_subject(c, BIT(CNKG_ADMINISTRATIVE_DIVISION), p);
        if (park && subj != (size_t)-1)
            relations_fact(c, park->entity, CNKG_LOCATED_IN, c->slots[subj].entity);
        p += len - 1;
    }
}
