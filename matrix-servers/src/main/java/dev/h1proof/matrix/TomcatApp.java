package dev.h1proof.matrix;

import java.nio.file.Files;
import org.apache.catalina.Context;
import org.apache.catalina.connector.Connector;
import org.apache.catalina.startup.Tomcat;
import org.apache.catalina.util.ServerInfo;

/**
 * Tomcat 11 embedded, its default HTTP/1.1 NIO connector, with {@link AppServlet} on {@code /*}.
 */
final class TomcatApp {
  private TomcatApp() {}

  static String start(int port) throws Exception {
    Tomcat tomcat = new Tomcat();
    tomcat.setBaseDir(Files.createTempDirectory("matrix-tomcat").toString());
    Connector connector = new Connector();
    connector.setPort(port);
    connector.setProperty("address", "127.0.0.1");
    tomcat.setConnector(connector);
    Context context = tomcat.addContext("", null);
    Tomcat.addServlet(context, "app", new AppServlet());
    context.addServletMappingDecoded("/*", "app");
    tomcat.start();
    return ServerInfo.getServerInfo() + " (embedded, AppServlet)";
  }
}
