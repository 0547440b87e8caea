package org.masthead.newsletter;

import org.springframework.context.ConfigurableApplicationContext;

import java.util.Arrays;

/**
 * The child JVM of {@link SendKillResumeTests}: the application, which with {@code prepare <n>} first makes a list of
 * n subscribers and starts sending an issue to them, and without it just starts (and resumes what it finds). It runs
 * until it is killed. Arguments after the first ones are Spring's ({@code --spring.datasource.url=…}).
 */
final class SendUnderKill {

    private SendUnderKill() {
    }

    public static void main(String[] args) {
        boolean prepare = args.length > 1 && args[0].equals("prepare");
        String[] spring = Arrays.copyOfRange(args, prepare ? 2 : 0, args.length);
        ConfigurableApplicationContext ctx = SendHarness.boot(spring);
        if (prepare) {
            NewsletterList list = SendHarness.listWithSubscribers(ctx, "kill", Integer.parseInt(args[1]));
            long issue = NewsletterFixtures.issue(ctx, list, "Sent through a crash", "kill");
            System.out.println("SEND " + ctx.getBean(Sends.class).start(issue, null));
        }
    }
}
