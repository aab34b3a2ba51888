/**
 * The organizers' portal, the second way in beside the command line ({@code serve}): server-rendered Spring
 * MVC pages with the report templates, signed in with Spring Security. Thin: it calls the services the
 * night and the command line use ({@code upload}, {@code job}, {@code report}); it exists only when the
 * application runs as a web application.
 */
package jp.or.jrs.renewal.web;
