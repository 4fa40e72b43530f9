package dev.h1proof.matrix;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;

/**
 * The matrix app as a servlet (Tomcat 11 embedded, Debian's Tomcat 10, and Debian's Jetty 9 from a
 * javax copy of this file made by scripts/lib/servers.sh): reads the request body to its end, then
 * answers as {@link Routes} says, for every method (it overrides {@code service}, so the servlet
 * base class's own method handling plays no part).
 */
public class AppServlet extends HttpServlet {
  private static final long serialVersionUID = 1L;

  @Override
  protected void service(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    try (InputStream in = request.getInputStream()) {
      in.transferTo(OutputStream.nullOutputStream());
    }
    String method = request.getMethod();
    Routes route = Routes.of(method);
    response.setStatus(route.status());
    if (route.allow()) {
      response.setHeader("Allow", Routes.ALLOW);
    }
    if (route.status() == 204) {
      return;
    }
    response.setContentType("text/plain");
    response.setContentLength(route.body().length);
    if (Routes.sendsBody(method, route.status())) {
      response.getOutputStream().write(route.body());
    }
  }
}
