/**
 * What every log line says about its request: the request id ({@link
 * vn.hocsau.system.log.RequestLogContext}); features add their own keys (the user id, the job and
 * attempt), never an email. In the production profile the lines are JSON, one object per line, with
 * the MDC keys as fields.
 */
package vn.hocsau.system.log;
