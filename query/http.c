/* http.c - just enough HTTP/1.1 to POST a form to a SPARQL endpoint on
 * this machine and read the answer: one request per connection (Connection:
 * close), the body read to the end of the stream, chunks joined. No
 * library: the store talks to its own Virtuoso over loopback, where nothing
 * more is needed. HTTP/1.1 rather than 1.0 because Virtuoso streams a 1.1
 * answer in chunks but gathers a 1.0 answer whole first, which took 6.6 s
 * instead of 1.0 to 1.9 s for a 31 MB answer. */
#include "store_internal.h"

#include <arpa/inet.h>
#include <errno.h>
#include <netdb.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
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

/* True when the headers in [head, body) say Transfer-Encoding: chunked. */
static int chunked(const char *head, const char *body)
{
    static const char name[] = "\r\ntransfer-encoding:";
    for (const char *p = head; p + sizeof name - 1 < body; p++) {
        if (strncasecmp(p, name, sizeof name - 1) != 0)
            continue;
        p += sizeof name - 1;
        while (*p == ' ' || *p == '\t')
            p++;
        return strncasecmp(p, "chunked", 7) == 0;
    }
    return 0;
}

/* The chunks of s[0, *len) joined in place (the text only shrinks);
 * -1 when they do not add up. */
static int dechunk(char *s, size_t *len)
{
    const char *p = s, *end = s + *len;
    char *to = s;
    for (;;) {
        size_t n = 0;
        const char *digits = p;
        for (int d; p < end && (d = cnkg_hex_digit(*p)) >= 0 && n >> 56 == 0; p++)
            n = n << 4 | (size_t)d;
        const char *eol = p < end ? memchr(p, '\n', (size_t)(end - p)) : NULL;
        if (p == digits || !eol || n > (size_t)(end - eol - 1))
            return -1;
        p = eol + 1; /* past the size line and any extension */
        if (n == 0) {
            *to = '\0'; /* trailers, if any, are not needed */
            *len = (size_t)(to - s);
            return 0;
        }
        memmove(to, p, n);
        to += n;
        p += n;
        if (end - p < 2 || p[0] != '\r' || p[1] != '\n')
            return -1;
        p += 2;
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
                    "POST %s HTTP/1.1\r\nHost: %s:%d\r\nConnection: close\r\nAccept: %s\r\n"
                    "Content-Type: application/x-www-form-urlencoded\r\n"
                    "Content-Length: %zu\r\n\r\n",
                    path, host, port, accept, strlen(form));
    cnkg_buf_puts(&req, form);
    int rc = send_all(fd, req.data, req.len);
    cnkg_buf_free(&req);
    cnkg_buf in = {0};
    ssize_t got;
    for (;;) { /* straight into the buffer: answers run to tens of MB */
        cnkg_buf_reserve(&in, 65536);
        if (rc != 0 || (got = recv(fd, in.data + in.len, in.cap - in.len - 1, 0)) == 0)
            break;
        if (got < 0 && errno == EINTR)
            continue;
        if (got < 0)
            rc = -1;
        else
            in.len += (size_t)got;
    }
    in.data[in.len] = '\0';
    int saved = errno;
    close(fd);
    char *body = strstr(in.data, "\r\n\r\n");
    char status[64] = ""; /* sscanf would measure the whole answer */
    memcpy(status, in.data, in.len < sizeof status - 1 ? in.len : sizeof status - 1);
    if (rc || !body || sscanf(status, "HTTP/%*d.%*d %d", &resp->status) != 1) {
        cnkg_buf_free(&in);
        return cnkg_error_set(err, "no answer from %s:%d%s%s", host, port, rc ? ": " : "",
                              rc ? strerror(saved) : "");
    }
    body += 4;
    size_t head = (size_t)(body - in.data);
    resp->body_len = in.len - head;
    if (chunked(in.data, body) && dechunk(body, &resp->body_len) != 0) {
        cnkg_buf_free(&in);
        return cnkg_error_set(err, "a broken answer from %s:%d (chunks)", host, port);
    }
    memmove(in.data, body, resp->body_len + 1);
    resp->body = cnkg_buf_detach(&in);
    return 0;
}

void cnkg_http_response_free(cnkg_http_response *resp)
{
    free(resp->body);
    memset(resp, 0, sizeof *resp);
}
