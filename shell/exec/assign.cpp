// assign.cpp: one assignment of a simple command (see assign.hpp).
#include "shell/exec/assign.hpp"

#include "shell/base/diag.hpp"
#include "shell/expand/arith.hpp"
#include <fmt/format.h>

namespace forksh {

namespace {

// 'text', with each ' written as '\'' (declare reads it back).
std::string single_quoted(std::string_view text) {
    std::string out = "'";
    for (char c : text) out += c == '\'' ? std::string("'\\''") : std::string(1, c);
    return out + "'";
}

void check(Variables::Result result, const ast::Assignment& a) {
    if (result == Variables::Result::Readonly) throw ShellError(a.name + ": is read only", a.span, 2, true);
}

int64_t arithmetic(Variables& vars, const std::string& text, Span span) {
    ShellArithVariables arith_vars(vars, span);
    return arith_eval(text, arith_vars, span);
}

// NAME+=value: appended to the text, or added for an integer variable.
std::string appended(const Variable* var, const std::string* old, std::string value) {
    if (old == nullptr) return value;
    if (var != nullptr && var->integer) return "(" + *old + ")+(" + value + ")";
    return *old + value;
}

// NAME=(items) and NAME+=(items).
void assign_array(Variables& vars, Expander& expander, const ast::Assignment& a) {
    const Variable* var = vars.find(a.name);
    bool assoc = var != nullptr && var->kind == VarKind::Assoc;
    // The items are expanded before anything changes: a=(${a[@]} x) reads the old a.
    struct Item {
        std::optional<std::string> key;
        std::string value;
    };
    std::vector<Item> items;
    for (const ast::ArrayItem& item : a.items) {
        if (item.key) {
            items.push_back({expander.expand_string(*item.key), expander.expand_assignment(item.value)});
            continue;
        }
        // A plain item is a word like a command's: split and globbed.
        std::vector<std::string> fields;
        expander.expand_fields(item.value, fields);
        for (std::string& field : fields) items.push_back({std::nullopt, std::move(field)});
    }
    check(vars.make_array(a.name, assoc ? VarKind::Assoc : VarKind::Indexed, !a.append), a);
    var = vars.find(a.name);
    if (assoc) {
        // m=(k1 v1 k2 v2): bash 5.1's pairs, next to m=([k1]=v1).
        for (size_t i = 0; i < items.size(); ++i) {
            if (items[i].key) {
                check(vars.set_key(a.name, *items[i].key, items[i].value), a);
            } else {
                std::string key = std::move(items[i].value);
                std::string value = i + 1 < items.size() && !items[i + 1].key ? std::move(items[++i].value) : std::string();
                check(vars.set_key(a.name, std::move(key), std::move(value)), a);
            }
        }
        return;
    }
    int64_t next = var->indexed.empty() ? 0 : var->indexed.rbegin()->first + 1;
    for (Item& item : items) {
        if (item.key) next = array_index(vars, a.name, *item.key, a.span);
        check(vars.set_element(a.name, next, std::move(item.value)), a);
        ++next;
    }
}

}  // namespace

int64_t array_index(Variables& vars, const std::string& name, const std::string& text, Span span) {
    int64_t index = arithmetic(vars, text, span);
    if (index >= 0) return index;
    const Variable* var = vars.find(name);
    int64_t end = var != nullptr && var->kind == VarKind::Indexed && !var->indexed.empty()
                      ? var->indexed.rbegin()->first + 1
                      : 0;
    if (index + end < 0) throw ShellError(fmt::format("{}[{}]: bad array subscript", name, text), span, 1, false);
    return index + end;
}

void assign_word(Variables& vars, Expander& expander, const ast::Assignment& a) {
    if (a.array) return assign_array(vars, expander, a);
    std::string value = expander.expand_assignment(a.value);
    const Variable* var = vars.find(a.name);
    if (a.subscript) {
        std::string key = expander.expand_string(*a.subscript);
        if (var != nullptr && var->kind == VarKind::Assoc) {
            if (a.append) {
                auto it = var->assoc.find(key);
                value = appended(var, it == var->assoc.end() ? nullptr : &it->second, std::move(value));
            }
            return check(vars.set_key(a.name, std::move(key), std::move(value)), a);
        }
        int64_t index = array_index(vars, a.name, key, a.span);
        if (a.append) {
            const std::string* old = nullptr;
            if (var != nullptr && var->kind == VarKind::Indexed) {
                auto it = var->indexed.find(index);
                if (it != var->indexed.end()) old = &it->second;
            } else if (var != nullptr && index == 0) {
                old = vars.get(a.name);
            }
            value = appended(var, old, std::move(value));
        }
        return check(vars.set_element(a.name, index, std::move(value)), a);
    }
    if (a.append) value = appended(var, vars.get(a.name), std::move(value));
    check(vars.set(a.name, std::move(value)), a);
}

std::string array_operand(Expander& expander, const ast::Assignment& a) {
    std::string text = a.name + (a.append ? "+=(" : "=(");
    bool first = true;
    auto add = [&](const std::string& item) {
        text += (first ? "" : " ") + item;
        first = false;
    };
    for (const ast::ArrayItem& item : a.items) {
        if (item.key) {
            add("[" + single_quoted(expander.expand_string(*item.key)) + "]=" +
                single_quoted(expander.expand_assignment(item.value)));
            continue;
        }
        std::vector<std::string> fields;
        expander.expand_fields(item.value, fields);
        for (const std::string& field : fields) add(single_quoted(field));
    }
    return text + ")";
}

}  // namespace forksh
