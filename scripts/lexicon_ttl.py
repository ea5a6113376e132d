"""lexicon_ttl.py - how the generators of ontology/lexicon/*.ttl write terms,
so that every generated list reads the same and is written in one place."""

PREFIXES = ("@prefix skos: <http://www.w3.org/2004/02/skos/core#> .\n"
            "@prefix kg: <https://w3id.org/cnkg/ontology#> .\n\n")


def write_products(out, rows):
    """The prefixes, then one kg:Product a row: (label, count, count), the
    two counts in a comment that says why the label is listed."""
    out.write(PREFIXES)
    for w, n, s in rows:
        out.write('<https://w3id.org/cnkg/id/product/%s> a kg:Product ;  # %d / %d\n' % (w, n, s))
        out.write('    skos:prefLabel "%s"@zh .\n\n' % w)
