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
    void define(std::string name, Body body) { table_[std::move(name)] = std::move(body); }
    bool remove(std::string_view name) {
        auto it = table_.find(name);
        if (it == table_.end()) return false;
        table_.erase(it);
        return true;
    }
    const std::map<std::string, Body, std::less<>>& all() const { return table_; }

  private:
    std::map<std::string, Body, std::less<>> table_;
};

}  // namespace forksh
