package dev.tinychat.bench;

/**
 * Start-up baseline: a JVM that starts, prints a space-like line and exits, to show what any
 * Java process costs on this machine before it does any work.
 */
final class EmptyMain {
  private EmptyMain() {}

  public static void main(String[] args) {
    System.out.println("spaces/none");
    ChildReport.print();
  }
}
