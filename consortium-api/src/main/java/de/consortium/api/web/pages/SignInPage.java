package de.consortium.api.web.pages;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The form for the local users of the embedded default; Spring Security checks what it posts. */
@Controller
class SignInPage {

    @GetMapping("/login")
    String signIn() {
        return "pages/login";
    }
}
