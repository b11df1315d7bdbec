//! One facet as a labelled select; each option says how many jobs choosing it would leave.

use leptos::prelude::*;
use teamtailor_api::FacetOption;

use crate::i18n::{self, Language, Texts};
use crate::BoardScope;

/// A single-choice filter. `selected` is the chosen option id, `None` for "all".
#[component]
pub fn FacetSelect(
    id: String,
    label: &'static str,
    options: Memo<Vec<FacetOption>>,
    selected: Memo<Option<String>>,
    on_change: Callback<Option<String>>,
    /// The option's text before its count, in the board's words and language; the option's
    /// own label by default.
    #[prop(default = |_: &Texts, _: Language, option: &FacetOption| option.label.clone())]
    option_label: fn(&Texts, Language, &FacetOption) -> String,
) -> impl IntoView {
    let language = i18n::use_language();
    let t = i18n::use_texts();
    // A closed select shows only its chosen option: the others are made in a task of their
    // own, after the board's first screen (at once where the board is rendered to HTML).
    let all_options = RwSignal::new(false);
    (BoardScope::current().platform.next_task)(Box::new(move || {
        all_options.try_set(true);
    }));
    let shown = move || {
        if all_options.get() {
            options.get()
        } else {
            let chosen = selected.get();
            options.with(|options| {
                options
                    .iter()
                    .filter(|option| chosen.as_deref() == Some(option.id.as_str()))
                    .cloned()
                    .collect()
            })
        }
    };
    view! {
        <div class="tt-facet">
            <label for=id.clone() class="tt-label">{label}</label>
            <select
                id=id
                class="tt-select"
                on:change=move |event| {
                    let value = event_target_value(&event);
                    on_change.run((!value.is_empty()).then_some(value));
                }
            >
                <option value="" prop:selected=move || selected.with(Option::is_none)>
                    {t.all}
                </option>
                // Keyed by id and count, so a filter change only touches options whose
                // count changed; selection is a property, as the user may have changed it.
                <For
                    each=shown
                    key=|option| (option.id.clone(), option.count)
                    let:option
                >
                    {
                        let text = format!("{} ({})", option_label(t, language, &option), option.count);
                        let id = option.id.clone();
                        let is_selected = move || selected.with(|s| s.as_deref() == Some(id.as_str()));
                        view! { <option value=option.id prop:selected=is_selected>{text}</option> }
                    }
                </For>
            </select>
        </div>
    }
}
