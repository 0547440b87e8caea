package org.masthead.staff;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.masthead.platform.InvalidInputException;
import org.springframework.http.HttpStatus;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

import java.util.Map;
import java.util.stream.Collectors;

/** The first visitor with the setup link creates the owner. */
@Controller
class SetupController {

    private final StaffService staff;
    private final SignInSessions sessions;

    SetupController(StaffService staff, SignInSessions sessions) {
        this.staff = staff;
        this.sessions = sessions;
    }

    @GetMapping("/admin/setup")
    String form(@RequestParam(required = false) String token, CsrfToken csrf, Model model) {
        if (!staff.setupTokenValid(token)) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND, "setup link not valid");
        }
        model.addAttribute("page", new SetupPage(token, csrf.getParameterName(), csrf.getToken(), "", "", Map.of(), false));
        return "staff/setup";
    }

    @PostMapping("/admin/setup")
    String create(@RequestParam String token, @RequestParam String email, @RequestParam String name,
                  @RequestParam String password, CsrfToken csrf, Model model, HttpServletRequest req,
                  HttpServletResponse res) {
        try {
            long id = staff.createOwnerWithToken(token, email, name, password);
            // whoever holds the link printed in the server's log may sign in here and trust this browser
            sessions.signIn(staff.user(id).orElseThrow(), true, req, res);
            model.addAttribute("page", new SetupPage("", "", "", email, name, Map.of(), true));
        } catch (InvalidInputException e) {
            Map<String, String> errors = e.errors().stream().collect(Collectors.toMap(
                    InvalidInputException.FieldError::field, InvalidInputException.FieldError::message, (a, b) -> a));
            if (errors.containsKey("token")) {
                throw new ResponseStatusException(HttpStatus.NOT_FOUND, "setup link not valid");
            }
            model.addAttribute("page", new SetupPage(token, csrf.getParameterName(), csrf.getToken(), email, name, errors, false));
        }
        return "staff/setup";
    }
}
