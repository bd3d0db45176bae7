#pragma once

#include <algorithm>
#include <vector>

namespace agentdesk::bench {

// Nearest rank, as every benchmark reports it: the value at floor(n * p) of the sorted values (of
// an even count, the median is the upper middle one); 0 when there are none.
template <class T>
double percentile(std::vector<T> values, double p)
{
    if (values.empty())
        return 0;
    std::sort(values.begin(), values.end());
    // The small epsilon keeps n * 0.95 = 19 from flooring to 18 in binary floating point.
    const auto rank = static_cast<size_t>(double(values.size()) * p + 1e-9);
    return double(values[std::min(values.size() - 1, rank)]);
}

template <class T>
double median(std::vector<T> values)
{
    return percentile(std::move(values), 0.5);
}

} // namespace agentdesk::bench
