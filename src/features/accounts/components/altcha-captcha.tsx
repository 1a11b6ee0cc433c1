"use client";
import type {} from "altcha/types/react";
import { useEffect, useRef } from "react";

type StateChange = CustomEvent<{ state: string; payload?: string }>;

/**
 * The self-hosted ALTCHA proof of work (challenge from GET /api/captcha). The widget writes its solution in a
 * hidden field named "altcha"; `onChange` gets it too (or "" when it is no longer valid), for the form's check.
 */
export function AltchaCaptcha({ onChange, error }: { onChange: (payload: string) => void; error?: string }) {
  const widget = useRef<HTMLElement>(null);
  const onChangeRef = useRef(onChange);
  onChangeRef.current = onChange;

  useEffect(() => {
    // The widget is a browser-only web component: loaded here, never during server rendering.
    void import("altcha/i18n");
    const element = widget.current;
    const listener = (event: Event) => {
      const { state, payload } = (event as StateChange).detail;
      onChangeRef.current(state === "verified" && payload ? payload : "");
    };
    element?.addEventListener("statechange", listener);
    return () => element?.removeEventListener("statechange", listener);
  }, []);

  return (
    <div className={`fr-input-group${error ? " fr-input-group--error" : ""}`}>
      <p className="fr-label" id="captcha-libelle">
        Captcha *
      </p>
      {/* The widget's check mark is drawn over its box: let a click on it reach the box. */}
      <style>{"altcha-widget .altcha-checkbox svg { pointer-events: none; }"}</style>
      <altcha-widget ref={widget} challenge="/api/captcha" name="altcha" language="fr-fr" type="checkbox" aria-labelledby="captcha-libelle" />
      {error && (
        <p className="fr-error-text" id="captcha-erreur">
          {error}
        </p>
      )}
    </div>
  );
}
