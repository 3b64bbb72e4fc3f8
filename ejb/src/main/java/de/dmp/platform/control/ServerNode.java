package de.dmp.platform.control;

/** Which server of a cluster this is: WildFly's node name, unique per server of a cluster. */
public final class ServerNode {

  private ServerNode() {}

  public static String name() {
    return System.getProperty("jboss.node.name", "local");
  }
}
