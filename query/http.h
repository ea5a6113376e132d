/*
 * http.h - the store's HTTP client (http.c): just enough HTTP/1.0 to POST
 * a form to a SPARQL endpoint on this machine. Private to query/.
 */
#ifndef CNKG_QUERY_HTTP_H
#define CNKG_QUERY_HTTP_H

#include "cnkg_common.h"

typedef struct cnkg_http_response {
    int status;
    char *body;
    size_t body_len;
} cnkg_http_response;

/* POSTs form (application/x-www-form-urlencoded) and reads the answer. */
int cnkg_http_post(const char *host, int port, const char *path, const char *accept,
                   const char *form, int timeout_s, cnkg_http_response *resp, cnkg_error *err);
void cnkg_http_response_free(cnkg_http_response *resp);
void cnkg_url_encode(cnkg_buf *out, const char *s);

#endif
