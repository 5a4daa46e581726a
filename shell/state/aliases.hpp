// aliases.hpp: the alias table (`alias ll='ls -l'`). The parser consults it
// through ParserOptions::aliases when it reads a word in command position.
#pragma once

#include <map>
#include <string>
#include <string_view>

#include "shell/syntax/parser.hpp"

namespace forksh {

class Aliases {
  public:
    const std::string* find(std::string_view name) const {
        auto it = table_.find(name);
        return it == table_.end() ? nullptr : &it->second;
    }
    void define(std::string name, std::string value) { table_[std::move(name)] = std::move(value); }
    bool remove(std::string_view name) {
        auto it = table_.find(name);
        if (it == table_.end()) return false;
        table_.erase(it);
        return true;
    }
    void clear() { table_.clear(); }
    const std::map<std::string, std::string, std::less<>>& all() const { return table_; }

    // Options for a parser that substitutes this table's aliases (the
    // parser knows no tables: it asks through the hook). The table must
    // outlive the parser.
    ParserOptions parser_options(int first_line = 1) const {
        ParserOptions options;
        options.aliases = [this](std::string_view name) { return find(name); };
        options.first_line = first_line;
        return options;
    }

  private:
    std::map<std::string, std::string, std::less<>> table_;
};

}  // namespace forksh
