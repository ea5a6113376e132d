/* http.c - just enough HTTP/1.0 to POST a form to a SPARQL endpoint on
 * this machine and read the answer: one request per connection, the body
 * read to the end of the stream. No library: the store talks to its own
 * Virtuoso over loopback, where nothing more is needed. */
#include "store_internal.h"

#include <arpa/inet.h>
#include <errno.h>
#include <netdb.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/time.h>
#include <unistd.h>

static int connect_to(const char *host, int port, int timeout_s)
{
    struct addrinfo hints = {0}, *ai = NULL;
    char service[16];
    hints.ai_socktype = SOCK_STREAM;
    snprintf(service, sizeof service, "%d", port);
    if (getaddrinfo(host, service, &hints, &ai) != 0)
        return -1;
    int fd = -1;
    for (struct addrinfo *a = ai; a && fd < 0; a = a->ai_next) {
        fd = socket(a->ai_family, a->ai_socktype, a->ai_protocol);
        if (fd < 0)
            continue;
        struct timeval tv = {.tv_sec = timeout_s};
        setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &tv, sizeof tv);
        setsockopt(fd, SOL_SOCKET, SO_SNDTIMEO, &tv, sizeof tv);
        if (connect(fd, a->ai_addr, a->ai_addrlen) != 0) {
            close(fd);
            fd = -1;
        }
    }
    freeaddrinfo(ai);
    return fd;
}

static int send_all(int fd, const char *p, size_t n)
{
    while (n) {
        ssize_t w = send(fd, p, n, MSG_NOSIGNAL);
        if (w < 0 && errno == EINTR)
            continue;
        if (w <= 0)
            return -1;
        p += w;
        n -= (size_t)w;
    }
    return 0;
}

void cnkg_url_encode(cnkg_buf *out, const char *s)
{
    for (const unsigned char *c = (const unsigned char *)s; *c; c++) {
        if ((*c >= 'a' && *c <= 'z') || (*c >= 'A' && *c <= 'Z') || (*c >= '0' && *c <= '9') ||
            strchr("-._~", *c))
            cnkg_buf_putc(out, (char)*c);
        else
            cnkg_buf_printf(out, "%%%02X", *c);
    }
}

int cnkg_http_post(const char *host, int port, const char *path, const char *accept,
                   const char *form, int timeout_s, cnkg_http_response *resp, cnkg_error *err)
{
    memset(resp, 0, sizeof *resp);
    int fd = connect_to(host, port, timeout_s);
    if (fd < 0)
        return cnkg_error_set(err, "cannot connect to %s:%d: %s", host, port, strerror(errno));
    cnkg_buf req = {0};
    cnkg_buf_printf(&req,
                    "POST %s HTTP/1.0\r\nHost: %s:%d\r\nAccept: %s\r\n"
                    "Content-Type: application/x-www-form-urlencoded\r\n"
                    "Content-Length: %zu\r\n\r\n",
                    path, host, port, accept, strlen(form));
    cnkg_buf_puts(&req, form);
    int rc = send_all(fd, req.data, req.len);
    cnkg_buf_free(&req);
    cnkg_buf in = {0};
    char chunk[65536];
    ssize_t got;
    while (rc == 0 && (got = recv(fd, chunk, sizeof chunk, 0)) != 0) {
        if (got < 0 && errno == EINTR)
            continue;
        if (got < 0)
            rc = -1;
        else
            cnkg_buf_append(&in, chunk, (size_t)got);
    }
    int saved = errno;
    close(fd);
    char *body = in.data ? strstr(in.data, "\r\n\r\n") : NULL;
    if (rc || !body || sscanf(in.data, "HTTP/%*d.%*d %d", &resp->status) != 1) {
        cnkg_buf_free(&in);
        return cnkg_error_set(err, "no answer from %s:%d%s%s", host, port, rc ? ": " : "",
                              rc ? strerror(saved) : "");
    }
    body += 4;
    resp->body_len = in.len - (size_t)(body - in.data);
    resp->body = cnkg_xstrndup(body, resp->body_len);
    cnkg_buf_free(&in);
    return 0;
}

void cnkg_http_response_free(cnkg_http_response *resp)
{
    free(resp->body);
    memset(resp, 0, sizeof *resp);
}
