#pragma once

#include <QList>

#include <functional>
#include <memory>

namespace fusion {

// Runs `step` for each item, one after the other — each step calls `next` when it is done, or does not when
// the sequence must stop — and `finish` after the last. Keychain calls are asynchronous; a person reads the
// results in order, and a provider is never hit in parallel.
template <typename T>
void inSequence(const QList<T>& items,
                const std::function<void(const T&, const std::function<void()>&)>& step,
                const std::function<void()>& finish)
{
    struct State {
        QList<T> left;
        std::function<void(const T&, const std::function<void()>&)> step;
        std::function<void()> finish;
    };
    auto state = std::make_shared<State>(State{items, step, finish});
    auto advance = std::make_shared<std::function<void()>>();
    const std::weak_ptr<std::function<void()>> weak = advance;
    *advance = [state, weak] {
        if (state->left.isEmpty())
            return state->finish();
        const T item = state->left.takeFirst();
        const auto self = weak.lock(); // kept alive by the pending step's continuation only
        state->step(item, [self] { (*self)(); });
    };
    (*advance)();
}

} // namespace fusion
