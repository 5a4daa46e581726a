// aliases.hpp: the alias table (`alias ll='ls -l'`). The parser consults it
// through ParserOptions::aliases when it reads a word in command position.
#pragma once

#include <map>
#include <string>
#include <string_view>


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

  private:
    std::map<std::string, std::string, std::less<>> table_;
};

}  // namespace forksh
