package org.masthead.staff;

import jakarta.servlet.http.HttpServletRequest;
import org.masthead.platform.Form;
import org.masthead.platform.InvalidInputException;
import org.masthead.platform.Publication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** People: the staff, their roles, invitations, and the newsroom's sign-in policy. */
@Controller
class PeopleController {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);

    private final StaffAccounts accounts;
    private final StaffService staff;
    private final StaffChromes chromes;
    private final StaffRepository users;
    private final Publication publication;

    PeopleController(StaffAccounts accounts, StaffService staff, StaffChromes chromes, StaffRepository users,
                     Publication publication) {
        this.accounts = accounts;
        this.staff = staff;
        this.chromes = chromes;
        this.users = users;
        this.publication = publication;
    }

    @GetMapping("/admin/users")
    String people(StaffUser me, @RequestParam(required = false) String done, HttpServletRequest req, Model model) {
        me.require(Permission.MANAGE_USERS);
        String notice = done == null ? "" : switch (done) {
            case "invited" -> "Invitation sent. The link works once, for 7 days.";
            case "role" -> "Role changed.";
            case "status" -> "Account updated.";
            case "policy" -> "Sign-in policy saved.";
            case "owner" -> "Ownership transferred. You are now an admin.";
            case "revoked" -> "Invitation withdrawn.";
            default -> "";
        };
        return page(me, Form.EMPTY, Form.EMPTY, notice, req, model);
    }

    @PostMapping("/admin/users/invite")
    String invite(StaffUser me, @RequestParam(defaultValue = "") String email, @RequestParam(defaultValue = "") String role,
                  HttpServletRequest req, Model model) {
        me.require(Permission.MANAGE_USERS);
        try {
            accounts.invite(me, email, parse(role));
            return "redirect:/admin/users?done=invited";
        } catch (InvalidInputException e) {
            return page(me, Form.of(Map.of("email", email, "role", role), e), Form.EMPTY, "", req, model);
        }
    }

    @PostMapping("/admin/users/{id}/role")
    String role(StaffUser me, @PathVariable long id, @RequestParam String role) {
        accounts.changeRole(me, id, parse(role));
        return "redirect:/admin/users?done=role";
    }

    @PostMapping("/admin/users/{id}/deactivate")
    String deactivate(StaffUser me, @PathVariable long id) {
        accounts.setActive(me, id, false);
        return "redirect:/admin/users?done=status";
    }

    @PostMapping("/admin/users/{id}/reactivate")
    String reactivate(StaffUser me, @PathVariable long id) {
        accounts.setActive(me, id, true);
        return "redirect:/admin/users?done=status";
    }

    @PostMapping("/admin/users/invitations/{id}/revoke")
    String revoke(StaffUser me, @PathVariable long id) {
        accounts.revokeInvite(me, id);
        return "redirect:/admin/users?done=revoked";
    }

    @PostMapping("/admin/users/policy")
    String policy(StaffUser me, @RequestParam(defaultValue = "false") boolean requireTotp) {
        accounts.requireTotp(me, requireTotp);
        return "redirect:/admin/users?done=policy";
    }

    @PostMapping("/admin/users/{id}/transfer-ownership")
    String transfer(StaffUser me, @PathVariable long id, @RequestParam(defaultValue = "") String password,
                    HttpServletRequest req, Model model) {
        try {
            accounts.transferOwnership(me, id, password);
            return "redirect:/admin/users?done=owner";
        } catch (InvalidInputException e) {
            return page(me, Form.EMPTY, Form.of(Map.of("to", String.valueOf(id)), e), "", req, model);
        }
    }

    private String page(StaffUser me, Form invite, Form transfer, String notice, HttpServletRequest req, Model model) {
        List<PeoplePages.Person> people = staff.users().stream().map(u -> new PeoplePages.Person(u.id(), u.name(),
                u.email(), StaffChromes.label(u.role()), u.active(), u.totpEnabled(), u.id() == me.id(),
                u.id() == me.id() ? List.of() : options(me.role(), u.role()), u.id() != me.id()
                && RolePolicy.mayDeactivate(me.role(), u.role()),
                me.can(Permission.TRANSFER_OWNERSHIP) && u.id() != me.id() && u.active())).toList();
        List<PeoplePages.Invitation> invitations = accounts.pendingInvites().stream().map(i -> new PeoplePages.Invitation(
                i.id(), i.email(), StaffChromes.label(i.role()), when().format(i.expiresAt()))).toList();
        List<PeoplePages.RoleOption> inviteRoles = options(me.role(), Role.CONTRIBUTOR).stream()
                .map(o -> new PeoplePages.RoleOption(o.value(), o.label(), o.value().equals(invite.value("role")))).toList();
        model.addAttribute("page", new PeoplePages.PeoplePage(chromes.of(me, req), people, invitations, inviteRoles,
                invite, StaffSecurity.totpRequired(users), me.can(Permission.MANAGE_SETTINGS), transfer, notice));
        return "staff/people";
    }

    /** The roles {@code actor} may give someone now in {@code from}; empty when none may be given. */
    private static List<PeoplePages.RoleOption> options(Role actor, Role from) {
        List<PeoplePages.RoleOption> out = Arrays.stream(Role.values())
                .filter(r -> r == from || RolePolicy.mayAssign(actor, from, r))
                .map(r -> new PeoplePages.RoleOption(r.name(), StaffChromes.label(r), r == from)).toList();
        return out.size() <= 1 && from != Role.CONTRIBUTOR ? List.of() : out;
    }

    private static Role parse(String role) {
        try {
            return Role.valueOf(role.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("role", "choose one of the roles offered");
        }
    }

    /** In the paper's time zone as it is now: a save of the settings may change it. */
    private DateTimeFormatter when() {
        return WHEN.withZone(publication.timeZone());
    }
}
