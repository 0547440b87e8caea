package org.masthead.admin;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.masthead.members.ConsentWording;
import org.masthead.members.Consents;
import org.masthead.platform.Form;
import org.masthead.platform.InvalidInputException;
import org.masthead.staff.Permission;
import org.masthead.staff.StaffChromes;
import org.masthead.staff.StaffUser;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The consent wordings readers are shown (each edit saves a new version; the old ones stay, since ledger
 * records name them) and the export of the whole consent ledger as CSV, for whoever manages reader accounts.
 */
@Controller
class ConsentsController {

    private final Consents consents;
    private final StaffChromes chromes;

    ConsentsController(Consents consents, StaffChromes chromes) {
        this.consents = consents;
        this.chromes = chromes;
    }

    @GetMapping("/admin/consents")
    String consents(StaffUser me, @RequestParam(required = false) String saved, HttpServletRequest req, Model model) {
        me.require(Permission.MANAGE_MEMBERS);
        String notice = saved == null ? "" : "A new version of the " + saved + " wording is saved; forms show it from now on.";
        return page(me, notice, null, Form.EMPTY, req, model);
    }

    @PostMapping("/admin/consents/{purpose}")
    String reword(StaffUser me, @PathVariable String purpose, @RequestParam(defaultValue = "") String wording,
                  HttpServletRequest req, HttpServletResponse res, Model model) {
        me.require(Permission.MANAGE_MEMBERS);
        try {
            consents.reword(purpose, wording);
            return "redirect:/admin/consents?saved=" + purpose;
        } catch (InvalidInputException e) {
            res.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return page(me, "", purpose, Form.of(Map.of("wording", wording), e), req, model);
        }
    }

    @GetMapping("/admin/consents.csv")
    void export(StaffUser me, HttpServletResponse res) throws IOException {
        me.require(Permission.MANAGE_MEMBERS);
        res.setContentType("text/csv; charset=utf-8");
        res.setCharacterEncoding(StandardCharsets.UTF_8.name());
        res.setHeader(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename("consent-ledger.csv")
                .build().toString());
        consents.writeLedgerCsv(res.getWriter());
    }

    private String page(StaffUser me, String notice, String refused, Form form, HttpServletRequest req, Model model) {
        Map<String, List<ConsentWording>> byPurpose = new LinkedHashMap<>();
        consents.wordings().forEach(w -> byPurpose.computeIfAbsent(w.purpose(), p -> new ArrayList<>()).add(w));
        if (refused != null && !byPurpose.containsKey(refused)) {
            throw new InvalidInputException("purpose", "No such purpose");
        }
        List<ConsentPages.Purpose> purposes = byPurpose.entrySet().stream().map(e -> {
            List<ConsentPages.Version> versions = e.getValue().stream()
                    .map(w -> new ConsentPages.Version(w.version(), w.text())).toList();
            Form f = e.getKey().equals(refused) ? form : Form.values(Map.of("wording", versions.get(0).text()));
            return new ConsentPages.Purpose(e.getKey(), versions.get(0), f, versions.subList(1, versions.size()));
        }).toList();
        model.addAttribute("page", new ConsentPages.ConsentsPage(chromes.of(me, req), notice, purposes));
        return "admin/consents";
    }
}
