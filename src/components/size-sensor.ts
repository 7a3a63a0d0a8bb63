// Stands in for the size-sensor package (vite.config.ts aliases it here):
// echarts-for-react watches each chart's element with it to call resize().
// size-sensor is 1.7 KB gzip of the chart view's JS budget (issue 19), and on
// every browser the page supports (Chromium 80 and later) all it uses is
// ResizeObserver. Same contract: `bind` calls back once soon after binding
// (echarts-for-react skips that first call) and after each change of size,
// debounced; it returns the unbind; `clear` drops the element's watcher.

type Listener = (element: Element) => void;

interface Sensor {
  observer: ResizeObserver;
  listeners: Set<Listener>;
  timer: ReturnType<typeof setTimeout> | undefined;
}

const DEBOUNCE_MS = 60;
const sensors = new WeakMap<Element, Sensor>();

function sensorOf(element: Element): Sensor {
  let sensor = sensors.get(element);
  if (!sensor) {
    const created: Sensor = { observer: new ResizeObserver(() => notify()), listeners: new Set(), timer: undefined };
    const notify = () => {
      clearTimeout(created.timer);
      created.timer = setTimeout(() => created.listeners.forEach((listener) => listener(element)), DEBOUNCE_MS);
    };
    created.observer.observe(element);
    // Once on binding, as size-sensor does: ResizeObserver reports nothing for
    // an element that is not rendered, and echarts-for-react skips this first call.
    notify();
    sensors.set(element, created);
    sensor = created;
  }
  return sensor;
}

export function bind(element: Element, listener: Listener): () => void {
  const sensor = sensorOf(element);
  sensor.listeners.add(listener);
  return () => {
    sensor.listeners.delete(listener);
    // Only this sensor: after a clear and a new bind the element has another.
    if (sensor.listeners.size === 0 && sensors.get(element) === sensor) clear(element);
  };
}

export function clear(element: Element): void {
  const sensor = sensors.get(element);
  if (!sensor) return;
  clearTimeout(sensor.timer);
  sensor.observer.disconnect();
  sensors.delete(element);
}
