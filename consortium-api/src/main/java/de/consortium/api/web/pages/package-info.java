/**
 * The pages for people: portfolio, project, audit and operations, rendered by the server (Thymeleaf), in German by
 * default with English selectable, kept live by server-sent events and a little script.
 */
package de.consortium.api.web.pages;
