// functions.hpp: the function table. A function's body is shared with the
// AST it was parsed in, so it stays alive after that text is gone.
#pragma once

#include <map>
#include <memory>
#include <string>
#include <string_view>

#include "shell/syntax/ast.hpp"

namespace forksh {

class Functions {
  public:
    using Body = std::shared_ptr<const ast::Command>;
    const Body* find(std::string_view name) const {
        auto it = table_.find(name);
        return it == table_.end() ? nullptr : &it->second;
    }
    // `source` is the file the definition was read from ("" for -c text or
    // the prompt): messages from the body name that file and its lines.
    // `text`: the definition as written, for `declare -f`.
    void define(std::string name, Body body, std::string source = {}, std::string text = {}) {
        texts_[name] = std::move(text);
        if (source.empty()) {
            sources_.erase(name);
        } else {
            sources_[name] = std::move(source);
        }
        table_[std::move(name)] = std::move(body);
    }
    const std::string& source_of(std::string_view name) const {
        static const std::string none;
        auto it = sources_.find(name);
        return it == sources_.end() ? none : it->second;
    }
    const std::string& text_of(std::string_view name) const {
        static const std::string none;
        auto it = texts_.find(name);
        return it == texts_.end() ? none : it->second;
    }
    bool remove(std::string_view name) {
        auto it = table_.find(name);
        if (it == table_.end()) return false;
        table_.erase(it);
        if (auto t = texts_.find(name); t != texts_.end()) texts_.erase(t);
        if (auto s = sources_.find(name); s != sources_.end()) sources_.erase(s);
        return true;
    }
    const std::map<std::string, Body, std::less<>>& all() const { return table_; }

  private:
    std::map<std::string, Body, std::less<>> table_;
    std::map<std::string, std::string, std::less<>> sources_;
    std::map<std::string, std::string, std::less<>> texts_;
};

}  // namespace forksh
